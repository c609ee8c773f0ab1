import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-BETUb3Uo.js';
export { u as EC2Client } from './chunk-BETUb3Uo.js';
import './dist-es-DyWfMaoL.js';
import './chunk-BlgZU8T5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-C_Gc-1Ig.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
