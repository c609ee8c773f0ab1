import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-QNeSgXjg.js';
export { u as EC2Client } from './chunk-QNeSgXjg.js';
import './dist-es-ChEQp_8u.js';
import './chunk-BZAoDB8X.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DEQXdJXK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
