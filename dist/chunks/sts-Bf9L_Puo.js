import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BiFdf_S8.js';
export { j as STSClient } from './chunk-BiFdf_S8.js';
import './dist-es-U2rtOEyC.js';
import './chunk-wifb_e0b.js';
import './json-_KJnZleF.js';
import './chunk-Da66L0bH.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
