import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BBwuL-Fe.js';
export { J as EC2Client } from './chunk-BBwuL-Fe.js';
import './dist-es-3JOTvOzb.js';
import './chunk-yMxdihc3.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
