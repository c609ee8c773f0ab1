import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-D9unCst6.js';
export { u as EC2Client } from './chunk-D9unCst6.js';
import './dist-es-05m6oqNp.js';
import './chunk-jc2atWrT.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BJo4xnAY.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
