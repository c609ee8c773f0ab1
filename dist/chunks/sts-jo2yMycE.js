import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-DLWqzN0O.js';
export { j as STSClient } from './chunk-DLWqzN0O.js';
import './dist-es-BmwvqpP7.js';
import './chunk-vR77w-Dr.js';
import './chunk-CPCb2dUG.js';
import './chunk-BtR4L_Um.js';
import '../start.js';
import './json-BZrDeWzN.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
