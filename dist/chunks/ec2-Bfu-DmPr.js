import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DY-_jvHm.js';
export { J as EC2Client } from './chunk-DY-_jvHm.js';
import './dist-es-DLMDGJmi.js';
import './chunk-BKRmXGv2.js';
import './chunk-s5uUEnSh.js';
import './chunk-DhDBb0PC.js';
import '../start.js';
import './chunk-C4Yq3R4K.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
