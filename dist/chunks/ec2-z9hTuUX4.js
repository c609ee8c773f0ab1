import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-nT8SIWCP.js';
export { J as EC2Client } from './chunk-nT8SIWCP.js';
import './dist-es-Cd7FO80_.js';
import './chunk-Cw_LM-WA.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-BEiFiqNi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
