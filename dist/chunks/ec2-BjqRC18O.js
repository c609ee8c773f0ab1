import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CDIWm2tK.js';
export { J as EC2Client } from './chunk-CDIWm2tK.js';
import './dist-es-BCfzq2Rl.js';
import './chunk-oudst8YW.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m4kKSXBq.js';
import './chunk-GFQMVDKm.js';
import './select-DEVUpzNx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
