import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BVuncMS_.js';
export { j as STSClient } from './chunk-BVuncMS_.js';
import './dist-es-DwS48JF6.js';
import './chunk-CgVgkOBH.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNxiBwqW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
