import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C1V1z0WW.js';
export { J as EC2Client } from './chunk-C1V1z0WW.js';
import './dist-es-BfH5zLCk.js';
import './chunk-Dv_qqXo5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DE92-UIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
