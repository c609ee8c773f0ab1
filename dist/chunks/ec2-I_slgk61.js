import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-Dmt1Muj8.js';
export { u as EC2Client } from './chunk-Dmt1Muj8.js';
import './dist-es-DwS48JF6.js';
import './chunk-CgVgkOBH.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNxiBwqW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
