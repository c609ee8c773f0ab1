import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DkMKSfD-.js';
export { J as EC2Client } from './chunk-DkMKSfD-.js';
import './dist-es-NQ6fGeHT.js';
import './chunk-jmFZXtKa.js';
import './chunk-i84GT9xP.js';
import './chunk-CdaYK1fV.js';
import '../start.js';
import './chunk-Cwu9ZmYJ.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
