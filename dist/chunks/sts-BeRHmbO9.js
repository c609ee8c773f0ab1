import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C5RMVwEe.js';
export { j as STSClient } from './chunk-C5RMVwEe.js';
import './dist-es-Bdu1lUi8.js';
import './chunk-aL7pLk4r.js';
import './chunk-BRegnO96.js';
import './chunk-SOCefx5C.js';
import '../start.js';
import './chunk-VpwOpbCW.js';
import './chunk-BAY9XJ82.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
