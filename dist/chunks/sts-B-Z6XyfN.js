import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CoRTCOs7.js';
export { j as STSClient } from './chunk-CoRTCOs7.js';
import './dist-es-B3N58nEr.js';
import './chunk-CiQRvwj9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-pAqpefXz.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
