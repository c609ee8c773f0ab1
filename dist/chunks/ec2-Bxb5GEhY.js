import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-cT2dX1OG.js';
export { J as EC2Client } from './chunk-cT2dX1OG.js';
import './dist-es-wJppMic7.js';
import './chunk-DqasnhON.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bko127zp.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
