import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C2Lwl4qJ.js';
export { J as EC2Client } from './chunk-C2Lwl4qJ.js';
import './dist-es-C-FzqG4D.js';
import './chunk-Sl-YNnM7.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
