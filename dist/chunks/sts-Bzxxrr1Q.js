import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DbDHUCkb.js';
export { j as STSClient } from './chunk-DbDHUCkb.js';
import './dist-es-DKRuHifW.js';
import './chunk-HP5fI8l9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-7rBQa7FA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
