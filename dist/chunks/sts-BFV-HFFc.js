import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CxlJEeV4.js';
export { j as STSClient } from './chunk-CxlJEeV4.js';
import './dist-es-sCaqQZvA.js';
import './chunk-WutUUATe.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-__q9fUlY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
