import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BYgLi2TN.js';
export { j as STSClient } from './chunk-BYgLi2TN.js';
import './dist-es-CDxFGqSs.js';
import './chunk-BIIVSPvE.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
