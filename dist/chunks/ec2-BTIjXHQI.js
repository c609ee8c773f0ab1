import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-B1IkDVzP.js';
export { J as EC2Client } from './chunk-B1IkDVzP.js';
import './dist-es-C6i4W7GD.js';
import './chunk-DWlZ6Wgm.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DTmYtWJj.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
