import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DW1C8HK9.js';
export { j as STSClient } from './chunk-DW1C8HK9.js';
import './dist-es-ChEQp_8u.js';
import './chunk-BZAoDB8X.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DEQXdJXK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
