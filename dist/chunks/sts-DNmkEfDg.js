import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Cbf97_BM.js';
export { j as STSClient } from './chunk-Cbf97_BM.js';
import './dist-es-BIzWY7t9.js';
import './chunk-ooHRDIda.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
