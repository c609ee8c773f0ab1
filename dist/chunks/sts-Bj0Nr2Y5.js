import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-GOS9QDwL.js';
export { j as STSClient } from './chunk-GOS9QDwL.js';
import './dist-es-B-3dSUEO.js';
import './chunk-Dhs7xM7M.js';
import './chunk-C6jpHtg2.js';
import './chunk-DoHXMg3w.js';
import '../start.js';
import './chunk-Cu8goc8-.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
