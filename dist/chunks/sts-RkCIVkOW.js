import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CE--bBRf.js';
export { j as STSClient } from './chunk-CE--bBRf.js';
import './dist-es-0PIEfiFy.js';
import './chunk-BYiR8RbV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GoZyNENw.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
