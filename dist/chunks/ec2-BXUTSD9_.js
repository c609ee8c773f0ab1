import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-0lHSSca1.js';
export { J as EC2Client } from './chunk-0lHSSca1.js';
import './dist-es-DmEKIObD.js';
import './chunk-BvZnSphl.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DadrqacS.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
