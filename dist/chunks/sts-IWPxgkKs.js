import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-WZgusqFp.js';
export { j as STSClient } from './chunk-WZgusqFp.js';
import './dist-es-DmEKIObD.js';
import './chunk-BvZnSphl.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DadrqacS.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
