import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-ZgjYovHn.js';
export { J as EC2Client } from './chunk-ZgjYovHn.js';
import './dist-es-BPWyw6T5.js';
import './chunk-Bs9COfh4.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
