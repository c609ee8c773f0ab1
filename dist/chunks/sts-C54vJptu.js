import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D7hQLhEG.js';
export { j as STSClient } from './chunk-D7hQLhEG.js';
import './dist-es-D7gSAQ3A.js';
import './chunk-DsZ5KFeD.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-D7nJc4rA.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
