import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CtNw_GZN.js';
export { J as EC2Client } from './chunk-CtNw_GZN.js';
import './dist-es-D1RA_UNk.js';
import './chunk-CA1aHfts.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CaC1fcpZ.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
