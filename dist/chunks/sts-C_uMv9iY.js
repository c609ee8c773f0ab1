import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-1hcoPx1a.js';
export { j as STSClient } from './chunk-1hcoPx1a.js';
import './dist-es-BZNiaEuU.js';
import './chunk-BgDIktzn.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
