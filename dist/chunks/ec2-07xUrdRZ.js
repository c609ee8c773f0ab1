import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-HcSjvulT.js';
export { J as EC2Client } from './chunk-HcSjvulT.js';
import './dist-es-B0RLXphD.js';
import './chunk-Bu87-22z.js';
import './chunk-32VakjlU.js';
import './chunk-Bpd0A2cS.js';
import '../start.js';
import './chunk-BJ5F6Rpz.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
