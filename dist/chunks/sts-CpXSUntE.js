import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-x2be39YJ.js';
export { j as STSClient } from './chunk-x2be39YJ.js';
import './dist-es-DqTrgprM.js';
import './chunk-D1vA6xM2.js';
import './chunk-_Yyt8u-s.js';
import './chunk-DYlnZlXi.js';
import '../start.js';
import './chunk-CJvVPiLq.js';
import './chunk-x9R1L1Jr.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
