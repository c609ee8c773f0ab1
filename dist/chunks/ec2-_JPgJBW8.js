import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-pLn5HcNP.js';
export { J as EC2Client } from './chunk-pLn5HcNP.js';
import './dist-es-jPYriNhq.js';
import './chunk-B0OifcDq.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
