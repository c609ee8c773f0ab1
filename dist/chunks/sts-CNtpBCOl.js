import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-d0rzGwNR.js';
export { j as STSClient } from './chunk-d0rzGwNR.js';
import './dist-es-YbjIkFWu.js';
import './chunk-Db5C5-Fc.js';
import './chunk-0Jo5RGvE.js';
import './chunk-o9BX006v.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
