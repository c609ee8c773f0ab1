import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-RXzEMoHc.js';
export { J as EC2Client } from './chunk-RXzEMoHc.js';
import './dist-es-BYYSjMf7.js';
import './chunk-aRKnyvWg.js';
import './chunk-CdNb1tWf.js';
import './chunk-DrQRxGz0.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
