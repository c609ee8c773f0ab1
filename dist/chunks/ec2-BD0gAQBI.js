import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BEOIPn1A.js';
export { J as EC2Client } from './chunk-BEOIPn1A.js';
import './dist-es-CvYMKJ97.js';
import './chunk-BU69Dlgy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B8CJE4oW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
