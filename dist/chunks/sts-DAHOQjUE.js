import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-WE0yaJGu.js';
export { j as STSClient } from './chunk-WE0yaJGu.js';
import './dist-es-qbXqzCVN.js';
import './chunk-BQOnj1Rp.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-tt6W4i5K.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
