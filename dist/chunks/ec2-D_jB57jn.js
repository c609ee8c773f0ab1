import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-Bdys_7I4.js';
export { u as EC2Client } from './chunk-Bdys_7I4.js';
import './dist-es-DUc1faR9.js';
import './chunk-gVvrYw4m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUYXZLfL.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
