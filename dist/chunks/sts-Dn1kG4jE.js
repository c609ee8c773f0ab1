import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BbOGVjVO.js';
export { j as STSClient } from './chunk-BbOGVjVO.js';
import './dist-es-BPWyw6T5.js';
import './chunk-Bs9COfh4.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
