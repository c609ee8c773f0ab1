import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C4nYhE19.js';
export { j as STSClient } from './chunk-C4nYhE19.js';
import './dist-es-wJppMic7.js';
import './chunk-DqasnhON.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bko127zp.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
