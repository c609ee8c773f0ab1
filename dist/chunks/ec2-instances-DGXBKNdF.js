import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-CmggH3b1.js';
export { u as EC2Client } from './chunk-CmggH3b1.js';
import './dist-es-BxLYrkkE.js';
import './chunk-BV_d3-T8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dhwu_AOq.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
