import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-CynVP9h5.js';
export { J as EC2Client } from './chunk-CynVP9h5.js';
import './dist-es-DoolAiiH.js';
import './chunk-NiDgQG57.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-k3N7N7-f.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
