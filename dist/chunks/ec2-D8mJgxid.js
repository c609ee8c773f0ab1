import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-BdprKhCx.js';
export { J as EC2Client } from './chunk-BdprKhCx.js';
import './dist-es-BDeL7zgl.js';
import './chunk-CdQrcsLL.js';
import './chunk-9oKs4IEJ.js';
import './chunk-KYmh0Iop.js';
import '../start.js';
import './chunk-B_YjNJym.js';
import './chunk-C1hW9rzH.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
