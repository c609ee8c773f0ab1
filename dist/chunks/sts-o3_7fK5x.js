import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-RscqobQY.js';
export { j as STSClient } from './chunk-RscqobQY.js';
import './dist-es-CaJ2y7WV.js';
import './chunk-DY1cxMfk.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DIIyE4ZT.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
