import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D_WUYVXp.js';
export { j as STSClient } from './chunk-D_WUYVXp.js';
import './dist-es-CvYMKJ97.js';
import './chunk-BU69Dlgy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B8CJE4oW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
