import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-wTe-x144.js';
export { j as STSClient } from './chunk-wTe-x144.js';
import './dist-es-D-i_eBzH.js';
import './chunk-BlYieSGx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BQTfbk0C.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
