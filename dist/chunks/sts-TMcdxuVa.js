import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-oxOt-HD8.js';
export { j as STSClient } from './chunk-oxOt-HD8.js';
import './dist-es-C_hb4Ocw.js';
import './chunk-DVuLHizZ.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
