import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-C19yxpot.js';
export { u as EC2Client } from './chunk-C19yxpot.js';
import './dist-es-Cl7IjsvG.js';
import './chunk-CnLxy0kx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-dvrITMcL.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
