import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-B8Vs9Fgg.js';
export { j as STSClient } from './chunk-B8Vs9Fgg.js';
import './dist-es-CG03apmR.js';
import './chunk-BTgHX3FE.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
