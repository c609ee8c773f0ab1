import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-VhSWbamo.js';
export { u as EC2Client } from './chunk-VhSWbamo.js';
import './dist-es-DzUkFRnh.js';
import './chunk-BJOZzqoU.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Eqhe7EbS.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
