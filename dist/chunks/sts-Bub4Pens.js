import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bj5BhfQw.js';
export { j as STSClient } from './chunk-Bj5BhfQw.js';
import './dist-es-BkleRDbd.js';
import './chunk-Ckgom1re.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DmWq-OO7.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
