import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Vdb_jOWB.js';
export { j as STSClient } from './chunk-Vdb_jOWB.js';
import './dist-es-iuH3R8zi.js';
import './chunk-Bs4TxJ2W.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B28MUOa1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
