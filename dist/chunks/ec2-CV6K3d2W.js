import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-_O4FSzb8.js';
export { J as EC2Client } from './chunk-_O4FSzb8.js';
import './dist-es-DdunTZ0M.js';
import './chunk-DFKq64Zz.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
