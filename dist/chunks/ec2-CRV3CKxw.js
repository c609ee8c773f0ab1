import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BihltJ5k.js';
export { J as EC2Client } from './chunk-BihltJ5k.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-C0Tv1k3u.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
