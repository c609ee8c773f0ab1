import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Dpm_mDrN.js';
export { j as STSClient } from './chunk-Dpm_mDrN.js';
import './dist-es-BDeL7zgl.js';
import './chunk-CdQrcsLL.js';
import './chunk-9oKs4IEJ.js';
import './chunk-KYmh0Iop.js';
import '../start.js';
import './chunk-B_YjNJym.js';
import './chunk-C1hW9rzH.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
