import 'node:module';
import { q as qn, J as Js, V as Vn, K as Kn } from './chunk-ZgvHUmVd.js';
export { j as STSClient } from './chunk-ZgvHUmVd.js';
import './dist-es-bf22NtpE.js';
import './chunk-DbLi28Yw.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Cx0kmr9W.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends qn(Kn,Vn,"GetCallerIdentity",Js){};

export { e as GetCallerIdentityCommand };
