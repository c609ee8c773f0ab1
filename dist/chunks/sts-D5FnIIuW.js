import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-BzdTls3p.js';
export { j as STSClient } from './chunk-BzdTls3p.js';
import './dist-es-NQ6fGeHT.js';
import './chunk-jmFZXtKa.js';
import './chunk-i84GT9xP.js';
import './chunk-CdaYK1fV.js';
import '../start.js';
import './chunk-Cwu9ZmYJ.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
