import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CkUEPep7.js';
export { j as STSClient } from './chunk-CkUEPep7.js';
import './dist-es-B1G2zO1X.js';
import './chunk-CVgVA4jq.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Db-1l40O.js';
import './chunk-D8On969z.js';
import './select-BXHlthoi.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
