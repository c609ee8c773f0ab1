import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CAYEcQ5Y.js';
export { J as EC2Client } from './chunk-CAYEcQ5Y.js';
import './dist-es-C-yy0KXE.js';
import './chunk-D-hZqFlR.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-rQ6pmPFn.js';
import './chunk-mQ_9BiCU.js';
import './select-BXHlthoi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
