import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CHYHzCUc.js';
export { J as EC2Client } from './chunk-CHYHzCUc.js';
import './dist-es-DK3rKj7a.js';
import './chunk-2pZd-41U.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-8fn0aaKv.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
