import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DUUZpOl5.js';
export { j as STSClient } from './chunk-DUUZpOl5.js';
import './dist-es-DNDBNKAj.js';
import './chunk-Do_R5I_5.js';
import './chunk-CX-iR_Oa.js';
import './chunk-lIivFqhg.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
