import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-D9cfLTK8.js';
export { J as EC2Client } from './chunk-D9cfLTK8.js';
import './dist-es-DGu2N7zM.js';
import './chunk-Dt5ziZgO.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-YhrmRw0c.js';
import './chunk-CN9rmKxu.js';
import './select-BXHlthoi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
