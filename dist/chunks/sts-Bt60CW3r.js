import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BJyx7XD1.js';
export { j as STSClient } from './chunk-BJyx7XD1.js';
import './dist-es-xJqJ0YsM.js';
import './chunk-c-9iNOs_.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ORdIgNYn.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
