import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BWRexFdg.js';
export { j as STSClient } from './chunk-BWRexFdg.js';
import './dist-es-D1RA_UNk.js';
import './chunk-CA1aHfts.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CaC1fcpZ.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
