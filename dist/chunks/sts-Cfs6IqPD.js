import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BbtFwiBO.js';
export { j as STSClient } from './chunk-BbtFwiBO.js';
import './dist-es-Cl7IjsvG.js';
import './chunk-CnLxy0kx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-dvrITMcL.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
