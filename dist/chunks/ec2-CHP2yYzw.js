import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BHD8Bupj.js';
export { J as EC2Client } from './chunk-BHD8Bupj.js';
import './dist-es-ELbDGOPc.js';
import './chunk-UUzrQr8o.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-jXh0CbjU.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
