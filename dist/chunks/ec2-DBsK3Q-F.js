import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-MCjXCwFR.js';
export { J as EC2Client } from './chunk-MCjXCwFR.js';
import './dist-es-Pldfqk4s.js';
import './chunk-CdB38MTm.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './chunk-Bi_ujIUR.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
