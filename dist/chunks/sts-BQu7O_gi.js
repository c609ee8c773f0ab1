import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-47s2V-Uj.js';
export { j as STSClient } from './chunk-47s2V-Uj.js';
import './dist-es-DrGIYpAO.js';
import './chunk-DbWos5X8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-uO_a2XNY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
