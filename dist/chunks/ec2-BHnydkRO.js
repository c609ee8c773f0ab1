import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-DYFBBJgd.js';
export { u as EC2Client } from './chunk-DYFBBJgd.js';
import './dist-es-B3N58nEr.js';
import './chunk-CiQRvwj9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-pAqpefXz.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
