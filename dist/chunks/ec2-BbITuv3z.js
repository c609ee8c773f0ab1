import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DyfioSA8.js';
export { J as EC2Client } from './chunk-DyfioSA8.js';
import './dist-es-aMmty7hc.js';
import './chunk-SB6-OX_-.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DB8EoM-Z.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
