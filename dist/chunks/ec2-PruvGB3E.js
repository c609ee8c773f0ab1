import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-Dt8sRDF1.js';
export { u as EC2Client } from './chunk-Dt8sRDF1.js';
import './dist-es-CkJj_prt.js';
import './chunk-B_A9JzIY.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DycLakLh.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
