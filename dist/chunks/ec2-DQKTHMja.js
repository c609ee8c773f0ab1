import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BEjwN6ZI.js';
export { J as EC2Client } from './chunk-BEjwN6ZI.js';
import './dist-es-D8FqGk4g.js';
import './chunk-Xvwqws-m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ByoLUnZL.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
