import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DUFtmtKR.js';
export { J as EC2Client } from './chunk-DUFtmtKR.js';
import './dist-es-qbXqzCVN.js';
import './chunk-BQOnj1Rp.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-tt6W4i5K.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
