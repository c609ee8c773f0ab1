import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BAsmcNBt.js';
export { j as STSClient } from './chunk-BAsmcNBt.js';
import './dist-es-ekhfCfAC.js';
import './chunk-DPDbtK17.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BHFN1tne.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
