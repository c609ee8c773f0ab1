import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-yYo8zkUr.js';
export { J as EC2Client } from './chunk-yYo8zkUr.js';
import './dist-es-xJqJ0YsM.js';
import './chunk-c-9iNOs_.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ORdIgNYn.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
