import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-TLnsba_-.js';
export { j as STSClient } from './chunk-TLnsba_-.js';
import './dist-es-DnXdXdY4.js';
import './chunk-CnsKOUz5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DESMtgQN.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
