import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-BSBdvtw8.js';
export { u as EC2Client } from './chunk-BSBdvtw8.js';
import './dist-es-h8IYh6xL.js';
import './chunk-Bif4LbwS.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BNJ3lQmK.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
