import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-BaiwnMg2.js';
export { u as EC2Client } from './chunk-BaiwnMg2.js';
import './dist-es-C4BXE1g1.js';
import './chunk-DjDZVj57.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DxKBPAH9.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
