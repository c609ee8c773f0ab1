import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BzI8ie0i.js';
export { J as EC2Client } from './chunk-BzI8ie0i.js';
import './dist-es-CrhEWLHF.js';
import './chunk-CqLmDgdE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CbKHMRyT.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
