import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-HJs27Z_F.js';
export { J as EC2Client } from './chunk-HJs27Z_F.js';
import './dist-es-YbjIkFWu.js';
import './chunk-Db5C5-Fc.js';
import './chunk-0Jo5RGvE.js';
import './chunk-o9BX006v.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
