import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Brd6E73m.js';
export { j as STSClient } from './chunk-Brd6E73m.js';
import './dist-es-53Hwg67b.js';
import './chunk-DpN1IpXP.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
