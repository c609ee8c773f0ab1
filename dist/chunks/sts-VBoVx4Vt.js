import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D9My-SLj.js';
export { j as STSClient } from './chunk-D9My-SLj.js';
import './dist-es-DqjK7IZA.js';
import './chunk-twapPBOE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BssMB7NP.js';
import './chunk-MsgY_uY9.js';
import './select-77UKqDnd.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
