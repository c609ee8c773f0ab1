import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DV_O7ZV1.js';
export { j as STSClient } from './chunk-DV_O7ZV1.js';
import './dist-es-XXMs0m5D.js';
import './chunk-D7o0Llkz.js';
import './chunk-53BzjMox.js';
import './chunk-BMUNDXoe.js';
import '../start.js';
import './chunk-DsNQgMbe.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
