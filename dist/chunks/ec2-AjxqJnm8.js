import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C-pbm4rF.js';
export { J as EC2Client } from './chunk-C-pbm4rF.js';
import './dist-es-Bdu1lUi8.js';
import './chunk-aL7pLk4r.js';
import './chunk-BRegnO96.js';
import './chunk-SOCefx5C.js';
import '../start.js';
import './chunk-VpwOpbCW.js';
import './chunk-BAY9XJ82.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
