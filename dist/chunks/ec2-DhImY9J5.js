import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DGTkH7Mm.js';
export { J as EC2Client } from './chunk-DGTkH7Mm.js';
import './dist-es-DqTrgprM.js';
import './chunk-D1vA6xM2.js';
import './chunk-_Yyt8u-s.js';
import './chunk-DYlnZlXi.js';
import '../start.js';
import './chunk-CJvVPiLq.js';
import './chunk-x9R1L1Jr.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
