import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-B8X_rc_M.js';
export { J as EC2Client } from './chunk-B8X_rc_M.js';
import './dist-es-CH3EkEaG.js';
import './chunk-CUHBXPzF.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BOhRjdWH.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
