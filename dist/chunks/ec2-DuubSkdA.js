import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BlTFsZrg.js';
export { J as EC2Client } from './chunk-BlTFsZrg.js';
import './dist-es-C_hb4Ocw.js';
import './chunk-DVuLHizZ.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
