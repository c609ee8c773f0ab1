import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D-t6uhP1.js';
export { j as STSClient } from './chunk-D-t6uhP1.js';
import './dist-es-DLMDGJmi.js';
import './chunk-BKRmXGv2.js';
import './chunk-s5uUEnSh.js';
import './chunk-DhDBb0PC.js';
import '../start.js';
import './chunk-C4Yq3R4K.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
