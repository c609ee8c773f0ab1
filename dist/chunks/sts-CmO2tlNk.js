import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BapQsHmt.js';
export { j as STSClient } from './chunk-BapQsHmt.js';
import './dist-es-BtNZdgw0.js';
import './chunk-zBm-LzX1.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DpGa47Zl.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
