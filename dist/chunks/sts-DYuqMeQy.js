import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Ccd9RWVr.js';
export { j as STSClient } from './chunk-Ccd9RWVr.js';
import './dist-es-BCfzq2Rl.js';
import './chunk-oudst8YW.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m4kKSXBq.js';
import './chunk-GFQMVDKm.js';
import './select-DEVUpzNx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
