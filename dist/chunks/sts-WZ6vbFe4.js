import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CF5mIa-6.js';
export { j as STSClient } from './chunk-CF5mIa-6.js';
import './dist-es-093O87XG.js';
import './chunk-CAt0L5PE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DQtcFPy1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
