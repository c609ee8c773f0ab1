import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DEiio1Rz.js';
export { J as EC2Client } from './chunk-DEiio1Rz.js';
import './dist-es-D7gSAQ3A.js';
import './chunk-DsZ5KFeD.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-D7nJc4rA.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
