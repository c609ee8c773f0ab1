import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BcrCWZ1G.js';
export { J as EC2Client } from './chunk-BcrCWZ1G.js';
import './dist-es-sCaqQZvA.js';
import './chunk-WutUUATe.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-__q9fUlY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
