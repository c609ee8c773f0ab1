import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-D4mVIM8C.js';
export { J as EC2Client } from './chunk-D4mVIM8C.js';
import './dist-es-DAF2qWsR.js';
import './chunk-DmEbScTy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Biy8ShDC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
