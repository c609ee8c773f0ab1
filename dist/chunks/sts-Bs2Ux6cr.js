import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-B68X3k6n.js';
export { j as STSClient } from './chunk-B68X3k6n.js';
import './dist-es-Pldfqk4s.js';
import './chunk-CdB38MTm.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './chunk-Bi_ujIUR.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
