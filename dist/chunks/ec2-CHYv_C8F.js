import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BBlsgXTx.js';
export { J as EC2Client } from './chunk-BBlsgXTx.js';
import './dist-es-BY2eA8D0.js';
import './chunk-CWR4QACZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-v8EGdcr3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
