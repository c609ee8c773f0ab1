import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C1Azypvb.js';
export { j as STSClient } from './chunk-C1Azypvb.js';
import './dist-es-Ct5QnKHy.js';
import './chunk-Bge-BRtu.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B1z6-S6-.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
