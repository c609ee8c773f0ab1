import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C-FMYrv9.js';
export { j as STSClient } from './chunk-C-FMYrv9.js';
import './dist-es-CFYflELa.js';
import './chunk-BwOqbE3F.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BLi2LDV8.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
