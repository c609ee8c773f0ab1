import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Df4W4JwW.js';
export { j as STSClient } from './chunk-Df4W4JwW.js';
import './dist-es-Cd7FO80_.js';
import './chunk-Cw_LM-WA.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-BEiFiqNi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
