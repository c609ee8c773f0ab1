import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-B_DOo5iM.js';
export { j as STSClient } from './chunk-B_DOo5iM.js';
import './dist-es-DlZOdEE0.js';
import './chunk-BP-eWJAZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-cFG6h1Ux.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
