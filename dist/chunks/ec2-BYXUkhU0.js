import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-CiegbEVw.js';
export { u as EC2Client } from './chunk-CiegbEVw.js';
import './dist-es-BmNWBUeI.js';
import './chunk-B8w1-bnM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DkNFlxyD.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
