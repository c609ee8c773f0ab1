import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DVF6ZwlD.js';
export { J as EC2Client } from './chunk-DVF6ZwlD.js';
import './dist-es-CFYflELa.js';
import './chunk-BwOqbE3F.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BLi2LDV8.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
