import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Cunp4dg-.js';
export { j as STSClient } from './chunk-Cunp4dg-.js';
import './dist-es-D8FqGk4g.js';
import './chunk-Xvwqws-m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ByoLUnZL.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
