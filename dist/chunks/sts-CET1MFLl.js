import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Cvt5Vgs0.js';
export { j as STSClient } from './chunk-Cvt5Vgs0.js';
import './dist-es-C-FzqG4D.js';
import './chunk-Sl-YNnM7.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
