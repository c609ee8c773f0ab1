import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BbsHfSjC.js';
export { J as EC2Client } from './chunk-BbsHfSjC.js';
import './dist-es-ChkmocVh.js';
import './chunk-BYrdO-bB.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUHkYIzC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
