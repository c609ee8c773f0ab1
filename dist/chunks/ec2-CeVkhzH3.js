import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-RVvKHkVQ.js';
export { J as EC2Client } from './chunk-RVvKHkVQ.js';
import './dist-es-DbY8gQG0.js';
import './chunk-CxIkfkRZ.js';
import './chunk-CNJFjFme.js';
import './chunk-Dh76POdB.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
