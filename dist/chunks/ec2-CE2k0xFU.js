import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CPYLQw0v.js';
export { J as EC2Client } from './chunk-CPYLQw0v.js';
import './dist-es-ekhfCfAC.js';
import './chunk-DPDbtK17.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BHFN1tne.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
