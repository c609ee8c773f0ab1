import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-vdzWklBS.js';
export { j as STSClient } from './chunk-vdzWklBS.js';
import './dist-es-DcJbgQon.js';
import './chunk-CoqG9SzZ.js';
import './chunk-BrPt8YPi.js';
import './chunk-Cqwc66Yd.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
