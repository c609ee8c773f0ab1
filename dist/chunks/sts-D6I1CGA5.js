import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DIkx_Zx_.js';
export { j as STSClient } from './chunk-DIkx_Zx_.js';
import './dist-es-EhZGk844.js';
import './chunk-D-iNBA5q.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GYsfF6Wh.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
