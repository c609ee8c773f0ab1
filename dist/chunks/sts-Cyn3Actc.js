import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D3UVeH3n.js';
export { j as STSClient } from './chunk-D3UVeH3n.js';
import './dist-es-C-yy0KXE.js';
import './chunk-D-hZqFlR.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-rQ6pmPFn.js';
import './chunk-mQ_9BiCU.js';
import './select-BXHlthoi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
