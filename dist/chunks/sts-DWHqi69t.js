import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D8cg2LCP.js';
export { j as STSClient } from './chunk-D8cg2LCP.js';
import './dist-es-36g4hB5Y.js';
import './chunk-HyO6JuAi.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BZEfQRIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
