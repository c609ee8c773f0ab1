import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BoqOHwrO.js';
export { j as STSClient } from './chunk-BoqOHwrO.js';
import './dist-es-DK3rKj7a.js';
import './chunk-2pZd-41U.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-8fn0aaKv.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
