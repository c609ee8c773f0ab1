import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-w6FIjJ2c.js';
export { J as EC2Client } from './chunk-w6FIjJ2c.js';
import './dist-es-CqBb6dSe.js';
import './chunk-DZ9EqWf6.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dtpybpke.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
