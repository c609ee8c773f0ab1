import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DhKdoj1p.js';
export { J as EC2Client } from './chunk-DhKdoj1p.js';
import './dist-es-UVrZYJTi.js';
import './chunk-BwJg3DCM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BcQQWL1f.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
