import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BVnEZKFb.js';
export { J as EC2Client } from './chunk-BVnEZKFb.js';
import './dist-es-DcJbgQon.js';
import './chunk-CoqG9SzZ.js';
import './chunk-BrPt8YPi.js';
import './chunk-Cqwc66Yd.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
