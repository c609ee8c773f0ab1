import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Cyu5hTLQ.js';
export { j as STSClient } from './chunk-Cyu5hTLQ.js';
import './dist-es-ayIeHIQZ.js';
import './chunk-Cv8DA_d7.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
