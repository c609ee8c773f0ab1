import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bx5JPqnY.js';
export { j as STSClient } from './chunk-Bx5JPqnY.js';
import './dist-es-DtQ_o2l8.js';
import './chunk-b-3sdFR5.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
