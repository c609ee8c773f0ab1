import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-DNJE_mPv.js';
export { u as EC2Client } from './chunk-DNJE_mPv.js';
import './dist-es-CAlOCdlF.js';
import './chunk-DF0sh1Dj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BRjN9XJJ.js';
import './chunk-CrFdek62.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
