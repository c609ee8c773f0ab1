import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DbY82g51.js';
export { j as STSClient } from './chunk-DbY82g51.js';
import './dist-es-BxLYrkkE.js';
import './chunk-BV_d3-T8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dhwu_AOq.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
