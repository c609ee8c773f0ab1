import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-8QMHylr_.js';
export { j as STSClient } from './chunk-8QMHylr_.js';
import './dist-es-ChsV1k58.js';
import './chunk-eEnKK3Vj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DeCK_Dx3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
