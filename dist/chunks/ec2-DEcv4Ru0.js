import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-Cv-kg8Sd.js';
export { J as EC2Client } from './chunk-Cv-kg8Sd.js';
import './dist-es-DnXdXdY4.js';
import './chunk-CnsKOUz5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DESMtgQN.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
