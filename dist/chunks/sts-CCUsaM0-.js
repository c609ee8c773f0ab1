import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CdhAUuPF.js';
export { j as STSClient } from './chunk-CdhAUuPF.js';
import './dist-es-CqBb6dSe.js';
import './chunk-DZ9EqWf6.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dtpybpke.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
