import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-D6vZkSxu.js';
export { J as EC2Client } from './chunk-D6vZkSxu.js';
import './dist-es-DoTceRjO.js';
import './chunk-LlSH64G9.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
