import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Cpn8ZB75.js';
export { j as STSClient } from './chunk-Cpn8ZB75.js';
import './dist-es-aMmty7hc.js';
import './chunk-SB6-OX_-.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DB8EoM-Z.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
