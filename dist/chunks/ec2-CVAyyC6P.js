import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-XqkdNKfs.js';
export { J as EC2Client } from './chunk-XqkdNKfs.js';
import './dist-es-bf22NtpE.js';
import './chunk-DbLi28Yw.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Cx0kmr9W.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
