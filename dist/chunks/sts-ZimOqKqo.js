import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D54DiRIu.js';
export { j as STSClient } from './chunk-D54DiRIu.js';
import './dist-es-BY2eA8D0.js';
import './chunk-CWR4QACZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-v8EGdcr3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
