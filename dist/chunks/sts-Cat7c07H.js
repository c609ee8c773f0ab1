import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DmJNtAif.js';
export { j as STSClient } from './chunk-DmJNtAif.js';
import './dist-es-DzUkFRnh.js';
import './chunk-BJOZzqoU.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Eqhe7EbS.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
