import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CVwenJf1.js';
export { j as STSClient } from './chunk-CVwenJf1.js';
import './dist-es-WLsAMgoL.js';
import './chunk-CAeWUl1Y.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m6lOL9Io.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
