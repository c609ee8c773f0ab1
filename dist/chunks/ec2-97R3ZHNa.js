import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BAvY4lGC.js';
export { J as EC2Client } from './chunk-BAvY4lGC.js';
import './dist-es-DqjK7IZA.js';
import './chunk-twapPBOE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BssMB7NP.js';
import './chunk-MsgY_uY9.js';
import './select-77UKqDnd.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
