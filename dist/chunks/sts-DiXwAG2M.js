import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CRK1A178.js';
export { j as STSClient } from './chunk-CRK1A178.js';
import './dist-es-3JOTvOzb.js';
import './chunk-yMxdihc3.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
