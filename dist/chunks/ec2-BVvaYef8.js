import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BHdHvgCh.js';
export { J as EC2Client } from './chunk-BHdHvgCh.js';
import './dist-es-CxTc3DfN.js';
import './chunk-DpEAL4mV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNJfBnGj.js';
import './chunk-D8On969z.js';
import './select-DCgIvEId.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
