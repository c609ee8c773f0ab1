import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BeNEU9dU.js';
export { J as EC2Client } from './chunk-BeNEU9dU.js';
import './dist-es-CG03apmR.js';
import './chunk-BTgHX3FE.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
