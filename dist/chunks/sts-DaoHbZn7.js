import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-D-1gdjPw.js';
export { j as STSClient } from './chunk-D-1gdjPw.js';
import './dist-es-4ehUtUWR.js';
import './chunk-BCbf6CFI.js';
import './chunk-B5BO2XBb.js';
import './chunk-0NwHlCsV.js';
import '../start.js';
import './json-BpRQsby4.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
