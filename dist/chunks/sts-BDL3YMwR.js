import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C3XN6YBT.js';
export { j as STSClient } from './chunk-C3XN6YBT.js';
import './dist-es-ELbDGOPc.js';
import './chunk-UUzrQr8o.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-jXh0CbjU.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
