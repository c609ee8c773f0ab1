import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BnSnaH7h.js';
export { j as STSClient } from './chunk-BnSnaH7h.js';
import './dist-es-CxTc3DfN.js';
import './chunk-DpEAL4mV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNJfBnGj.js';
import './chunk-D8On969z.js';
import './select-DCgIvEId.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
