import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bk-Im76P.js';
export { j as STSClient } from './chunk-Bk-Im76P.js';
import './dist-es-h8IYh6xL.js';
import './chunk-Bif4LbwS.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BNJ3lQmK.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
