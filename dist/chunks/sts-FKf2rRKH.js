import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BD0U5Lq4.js';
export { j as STSClient } from './chunk-BD0U5Lq4.js';
import './dist-es-jPYriNhq.js';
import './chunk-B0OifcDq.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
