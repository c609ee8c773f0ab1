import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-A1bMdPOd.js';
export { j as STSClient } from './chunk-A1bMdPOd.js';
import './dist-es-Bw_DPILi.js';
import './chunk-sxmFWwLA.js';
import './chunk-D3XNUYjR.js';
import './chunk-DihOxsrQ.js';
import '../start.js';
import './chunk-BbVCk0jO.js';
import './select-TzC2RxMl.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
