import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DPDUxXvV.js';
export { J as EC2Client } from './chunk-DPDUxXvV.js';
import './dist-es-B7K8mlFI.js';
import './chunk-CX9KaeAk.js';
import './chunk-DxkU3QGl.js';
import './chunk-BwcDxmtY.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
