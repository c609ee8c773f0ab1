import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-B3-cADLO.js';
export { j as STSClient } from './chunk-B3-cADLO.js';
import './dist-es-CAlOCdlF.js';
import './chunk-DF0sh1Dj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BRjN9XJJ.js';
import './chunk-CrFdek62.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
