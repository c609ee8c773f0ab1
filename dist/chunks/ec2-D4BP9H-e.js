import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BSNfxPYX.js';
export { J as EC2Client } from './chunk-BSNfxPYX.js';
import './dist-es-D3U2RGY6.js';
import './chunk-DtaAF8A0.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-on4aDo9L.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
