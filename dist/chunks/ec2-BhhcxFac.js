import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-rm-MYPNv.js';
export { J as EC2Client } from './chunk-rm-MYPNv.js';
import './dist-es-ayIeHIQZ.js';
import './chunk-Cv8DA_d7.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
