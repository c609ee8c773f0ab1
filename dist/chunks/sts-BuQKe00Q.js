import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CXMSPOUw.js';
export { j as STSClient } from './chunk-CXMSPOUw.js';
import './dist-es-I4lOYq9a.js';
import './chunk-DIWIGcLz.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
