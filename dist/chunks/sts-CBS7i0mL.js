import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Tbsz-pBH.js';
export { j as STSClient } from './chunk-Tbsz-pBH.js';
import './dist-es-CRuIYCQC.js';
import './chunk-CL0Rz7O7.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CX8y2VoU.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
