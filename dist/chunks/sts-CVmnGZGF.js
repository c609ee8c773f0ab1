import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-C9r8RUvW.js';
export { j as STSClient } from './chunk-C9r8RUvW.js';
import './dist-es-DUc1faR9.js';
import './chunk-gVvrYw4m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUYXZLfL.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
