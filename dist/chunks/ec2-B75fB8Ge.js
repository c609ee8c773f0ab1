import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-D_YuOkM1.js';
export { u as EC2Client } from './chunk-D_YuOkM1.js';
import './dist-es-D-i_eBzH.js';
import './chunk-BlYieSGx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BQTfbk0C.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
