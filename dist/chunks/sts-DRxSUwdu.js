import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Bc3K6oiu.js';
export { j as STSClient } from './chunk-Bc3K6oiu.js';
import './dist-es-C4BXE1g1.js';
import './chunk-DjDZVj57.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DxKBPAH9.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
