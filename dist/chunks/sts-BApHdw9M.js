import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DPOjPyS5.js';
export { j as STSClient } from './chunk-DPOjPyS5.js';
import './dist-es-UT2WZ6u7.js';
import './chunk-DLmCZv8M.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DYR3czKK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
