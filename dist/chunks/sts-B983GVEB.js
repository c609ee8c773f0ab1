import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CG50p98n.js';
export { j as STSClient } from './chunk-CG50p98n.js';
import './dist-es-CkJj_prt.js';
import './chunk-B_A9JzIY.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DycLakLh.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
