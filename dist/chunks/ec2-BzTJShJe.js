import 'node:module';
import { i as is, R as Ra, l as ls, m as ms } from './chunk-DV8qf9Fh.js';
export { J as EC2Client } from './chunk-DV8qf9Fh.js';
import './dist-es-B1G2zO1X.js';
import './chunk-CVgVA4jq.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Db-1l40O.js';
import './chunk-D8On969z.js';
import './select-BXHlthoi.js';

var t=class extends is(ms,ls,"GetEbsEncryptionByDefault",Ra){};

export { t as GetEbsEncryptionByDefaultCommand };
