import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-D4X4ewg-.js';
export { J as EC2Client } from './chunk-D4X4ewg-.js';
import './dist-es-BZNiaEuU.js';
import './chunk-BgDIktzn.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
