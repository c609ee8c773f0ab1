import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-u-2iepSa.js';
export { u as EC2Client } from './chunk-u-2iepSa.js';
import './dist-es-EhZGk844.js';
import './chunk-D-iNBA5q.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GYsfF6Wh.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
