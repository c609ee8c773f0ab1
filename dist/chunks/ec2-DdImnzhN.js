import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-Brn2wOU0.js';
export { J as EC2Client } from './chunk-Brn2wOU0.js';
import './dist-es-CaJ2y7WV.js';
import './chunk-DY1cxMfk.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DIIyE4ZT.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
