import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BlqwDZdg.js';
export { j as STSClient } from './chunk-BlqwDZdg.js';
import './dist-es-CPyuhliJ.js';
import './chunk-Ua7DyTkM.js';
import './chunk-C4Csqat6.js';
import './chunk-BoNb7R9N.js';
import '../start.js';
import './json-CbDJcAD-.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
