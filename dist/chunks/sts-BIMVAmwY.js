import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-uiboK5fZ.js';
export { j as STSClient } from './chunk-uiboK5fZ.js';
import './dist-es--PnKktzA.js';
import './chunk-CyWI-pEf.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bf0-z0sy.js';
import './chunk-DWMrXtbY.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
