import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Di4xhtGC.js';
export { j as STSClient } from './chunk-Di4xhtGC.js';
import './dist-es-DGu2N7zM.js';
import './chunk-Dt5ziZgO.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-YhrmRw0c.js';
import './chunk-CN9rmKxu.js';
import './select-BXHlthoi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
