import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BOu342S_.js';
export { J as EC2Client } from './chunk-BOu342S_.js';
import './dist-es-B-3dSUEO.js';
import './chunk-Dhs7xM7M.js';
import './chunk-C6jpHtg2.js';
import './chunk-DoHXMg3w.js';
import '../start.js';
import './chunk-Cu8goc8-.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
