import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-8O1J_AX-.js';
export { J as EC2Client } from './chunk-8O1J_AX-.js';
import './dist-es-XXMs0m5D.js';
import './chunk-D7o0Llkz.js';
import './chunk-53BzjMox.js';
import './chunk-BMUNDXoe.js';
import '../start.js';
import './chunk-DsNQgMbe.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
