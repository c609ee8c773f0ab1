import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-C8xvcF_Z.js';
export { J as EC2Client } from './chunk-C8xvcF_Z.js';
import './dist-es-WLsAMgoL.js';
import './chunk-CAeWUl1Y.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m6lOL9Io.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
