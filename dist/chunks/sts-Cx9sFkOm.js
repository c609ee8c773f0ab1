import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-lX2_wTA6.js';
export { j as STSClient } from './chunk-lX2_wTA6.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-C0Tv1k3u.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
