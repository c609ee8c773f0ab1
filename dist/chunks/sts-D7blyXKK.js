import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DwGszu-2.js';
export { j as STSClient } from './chunk-DwGszu-2.js';
import './dist-es-UVrZYJTi.js';
import './chunk-BwJg3DCM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BcQQWL1f.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
