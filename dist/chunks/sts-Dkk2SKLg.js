import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DKA7PWyO.js';
export { j as STSClient } from './chunk-DKA7PWyO.js';
import './dist-es-Dr40eKXf.js';
import './chunk-HQ-vSPdn.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bd66SSGk.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
