import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CZ6Nrx9i.js';
export { J as EC2Client } from './chunk-CZ6Nrx9i.js';
import './dist-es-CDxFGqSs.js';
import './chunk-BIIVSPvE.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
