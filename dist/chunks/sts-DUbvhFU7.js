import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-De4PJi3c.js';
export { j as STSClient } from './chunk-De4PJi3c.js';
import './dist-es-B0RLXphD.js';
import './chunk-Bu87-22z.js';
import './chunk-32VakjlU.js';
import './chunk-Bpd0A2cS.js';
import '../start.js';
import './chunk-BJ5F6Rpz.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
