import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C4Iz3kcH.js';
export { J as EC2Client } from './chunk-C4Iz3kcH.js';
import './dist-es-DrGIYpAO.js';
import './chunk-DbWos5X8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-uO_a2XNY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
