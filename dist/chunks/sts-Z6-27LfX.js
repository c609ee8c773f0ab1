import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CH6BK5lq.js';
export { j as STSClient } from './chunk-CH6BK5lq.js';
import './dist-es-DoTceRjO.js';
import './chunk-LlSH64G9.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
