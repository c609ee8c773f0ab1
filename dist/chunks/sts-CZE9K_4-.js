import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DEsUiJXv.js';
export { j as STSClient } from './chunk-DEsUiJXv.js';
import './dist-es-D3U2RGY6.js';
import './chunk-DtaAF8A0.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-on4aDo9L.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
