import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DCB9GPV0.js';
export { j as STSClient } from './chunk-DCB9GPV0.js';
import './dist-es-DoolAiiH.js';
import './chunk-NiDgQG57.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-k3N7N7-f.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
