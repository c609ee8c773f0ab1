import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BAA4bae6.js';
export { J as EC2Client } from './chunk-BAA4bae6.js';
import './dist-es-093O87XG.js';
import './chunk-CAt0L5PE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DQtcFPy1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
