import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-Xy6I0qPa.js';
export { J as EC2Client } from './chunk-Xy6I0qPa.js';
import './dist-es-Bw_DPILi.js';
import './chunk-sxmFWwLA.js';
import './chunk-D3XNUYjR.js';
import './chunk-DihOxsrQ.js';
import '../start.js';
import './chunk-BbVCk0jO.js';
import './select-TzC2RxMl.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
