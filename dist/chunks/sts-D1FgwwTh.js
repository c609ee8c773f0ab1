import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BgQZms_b.js';
export { j as STSClient } from './chunk-BgQZms_b.js';
import './dist-es-C6i4W7GD.js';
import './chunk-DWlZ6Wgm.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DTmYtWJj.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
