import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BVptsQZd.js';
export { J as EC2Client } from './chunk-BVptsQZd.js';
import './dist-es-BkleRDbd.js';
import './chunk-Ckgom1re.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DmWq-OO7.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
