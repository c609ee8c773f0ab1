import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BOFFsOUh.js';
export { j as STSClient } from './chunk-BOFFsOUh.js';
import './dist-es-BfH5zLCk.js';
import './chunk-Dv_qqXo5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DE92-UIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
