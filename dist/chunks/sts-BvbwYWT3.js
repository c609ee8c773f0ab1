import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-Baj4VTaF.js';
export { j as STSClient } from './chunk-Baj4VTaF.js';
import './dist-es-DbY8gQG0.js';
import './chunk-CxIkfkRZ.js';
import './chunk-CNJFjFme.js';
import './chunk-Dh76POdB.js';
import '../start.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
