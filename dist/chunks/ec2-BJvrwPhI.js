import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BR3FK8SC.js';
export { J as EC2Client } from './chunk-BR3FK8SC.js';
import './dist-es-Dr40eKXf.js';
import './chunk-HQ-vSPdn.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bd66SSGk.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
