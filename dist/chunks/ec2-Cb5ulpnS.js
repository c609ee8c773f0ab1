import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BJPFW0yN.js';
export { J as EC2Client } from './chunk-BJPFW0yN.js';
import './dist-es-0PIEfiFy.js';
import './chunk-BYiR8RbV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GoZyNENw.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
