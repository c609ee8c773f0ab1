import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-D_YuOkM1.js';
export { u as EC2Client } from './chunk-D_YuOkM1.js';
import './dist-es-D-i_eBzH.js';
import './chunk-BlYieSGx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BQTfbk0C.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
