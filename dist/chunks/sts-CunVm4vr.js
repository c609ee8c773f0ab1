import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BgDL2KLF.js';
export { j as STSClient } from './chunk-BgDL2KLF.js';
import './dist-es-DAF2qWsR.js';
import './chunk-DmEbScTy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Biy8ShDC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
