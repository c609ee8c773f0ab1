import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DhkwlF7-.js';
export { J as EC2Client } from './chunk-DhkwlF7-.js';
import './dist-es-DlZOdEE0.js';
import './chunk-BP-eWJAZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-cFG6h1Ux.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
