import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Ct8ng9Z1.js';
export { j as STSClient } from './chunk-Ct8ng9Z1.js';
import './dist-es-DdunTZ0M.js';
import './chunk-DFKq64Zz.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
