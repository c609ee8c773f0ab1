import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-G-8Og6wL.js';
export { j as STSClient } from './chunk-G-8Og6wL.js';
import './dist-es-DyWfMaoL.js';
import './chunk-BlgZU8T5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-C_Gc-1Ig.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
