import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C5DfP2g7.js';
export { J as EC2Client } from './chunk-C5DfP2g7.js';
import './dist-es-eNQxBgcM.js';
import './chunk-BL7AK4nc.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
