import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-QNeSgXjg.js';
export { u as EC2Client } from './chunk-QNeSgXjg.js';
import './dist-es-ChEQp_8u.js';
import './chunk-BZAoDB8X.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DEQXdJXK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
