import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bgh6BUVJ.js';
export { j as STSClient } from './chunk-Bgh6BUVJ.js';
import './dist-es-ChkmocVh.js';
import './chunk-BYrdO-bB.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUHkYIzC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
