import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-B6EBfL9J.js';
export { J as EC2Client } from './chunk-B6EBfL9J.js';
import './dist-es-DNDBNKAj.js';
import './chunk-Do_R5I_5.js';
import './chunk-CX-iR_Oa.js';
import './chunk-lIivFqhg.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
