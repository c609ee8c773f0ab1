import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-2KF8sxYi.js';
export { u as EC2Client } from './chunk-2KF8sxYi.js';
import './dist-es-Ct5QnKHy.js';
import './chunk-Bge-BRtu.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B1z6-S6-.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
