import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CoKEjpUo.js';
export { J as EC2Client } from './chunk-CoKEjpUo.js';
import './dist-es-36g4hB5Y.js';
import './chunk-HyO6JuAi.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BZEfQRIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
