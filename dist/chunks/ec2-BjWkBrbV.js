import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-SYR4KG_D.js';
export { J as EC2Client } from './chunk-SYR4KG_D.js';
import './dist-es-BtNZdgw0.js';
import './chunk-zBm-LzX1.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DpGa47Zl.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
