import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-P2_xMn0S.js';
export { j as STSClient } from './chunk-P2_xMn0S.js';
import './dist-es-CH3EkEaG.js';
import './chunk-CUHBXPzF.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BOhRjdWH.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
