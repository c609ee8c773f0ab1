import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CJ2N5RKv.js';
export { j as STSClient } from './chunk-CJ2N5RKv.js';
import './dist-es-BmNWBUeI.js';
import './chunk-B8w1-bnM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DkNFlxyD.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
