import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-Dnbq2WSH.js';
export { J as EC2Client } from './chunk-Dnbq2WSH.js';
import './dist-es-iuH3R8zi.js';
import './chunk-Bs4TxJ2W.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B28MUOa1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
