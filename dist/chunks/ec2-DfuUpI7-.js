import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-iLfLusol.js';
export { J as EC2Client } from './chunk-iLfLusol.js';
import './dist-es-BIzWY7t9.js';
import './chunk-ooHRDIda.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
