import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-r93gRnqV.js';
export { J as EC2Client } from './chunk-r93gRnqV.js';
import './dist-es-C4pr70Dl.js';
import './chunk-CA6MV-G8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-fvhP734_.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
