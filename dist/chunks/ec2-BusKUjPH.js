import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-BSBdvtw8.js';
export { u as EC2Client } from './chunk-BSBdvtw8.js';
import './dist-es-h8IYh6xL.js';
import './chunk-Bif4LbwS.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BNJ3lQmK.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
