import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-C_w7xvts.js';
export { u as EC2Client } from './chunk-C_w7xvts.js';
import './dist-es-DKRuHifW.js';
import './chunk-HP5fI8l9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-7rBQa7FA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
