import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CW_uCs5F.js';
export { j as STSClient } from './chunk-CW_uCs5F.js';
import './dist-es-C4pr70Dl.js';
import './chunk-CA6MV-G8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-fvhP734_.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
