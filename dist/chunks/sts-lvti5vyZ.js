import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CqnowxJL.js';
export { j as STSClient } from './chunk-CqnowxJL.js';
import './dist-es-eNQxBgcM.js';
import './chunk-BL7AK4nc.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
