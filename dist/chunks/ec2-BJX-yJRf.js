import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BEelU_fd.js';
export { J as EC2Client } from './chunk-BEelU_fd.js';
import './dist-es-CRuIYCQC.js';
import './chunk-CL0Rz7O7.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CX8y2VoU.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
