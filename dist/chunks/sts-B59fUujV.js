import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-CBP1JpaJ.js';
export { j as STSClient } from './chunk-CBP1JpaJ.js';
import './dist-es-BYYSjMf7.js';
import './chunk-aRKnyvWg.js';
import './chunk-CdNb1tWf.js';
import './chunk-DrQRxGz0.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
