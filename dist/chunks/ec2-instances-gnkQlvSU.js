import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-VhSWbamo.js';
export { u as EC2Client } from './chunk-VhSWbamo.js';
import './dist-es-DzUkFRnh.js';
import './chunk-BJOZzqoU.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Eqhe7EbS.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
