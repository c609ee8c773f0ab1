import 'node:module';
import { R as Ru, T as Tl, S as Su, I as Iu } from './chunk-LSRjDZLF.js';
export { u as EC2Client } from './chunk-LSRjDZLF.js';
import './dist-es-ChsV1k58.js';
import './chunk-eEnKK3Vj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DeCK_Dx3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends Ru(Iu,Su,"GetEbsEncryptionByDefault",Tl){};

export { t as GetEbsEncryptionByDefaultCommand };
