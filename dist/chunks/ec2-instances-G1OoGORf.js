import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-DF7LVe4w.js';
export { u as EC2Client } from './chunk-DF7LVe4w.js';
import './dist-es--PnKktzA.js';
import './chunk-CyWI-pEf.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bf0-z0sy.js';
import './chunk-DWMrXtbY.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
