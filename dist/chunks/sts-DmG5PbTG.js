import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bychkq_c.js';
export { j as STSClient } from './chunk-Bychkq_c.js';
import './dist-es-05m6oqNp.js';
import './chunk-jc2atWrT.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BJo4xnAY.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
