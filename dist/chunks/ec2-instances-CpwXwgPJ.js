import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-wfycZf7w.js';
export { u as EC2Client } from './chunk-wfycZf7w.js';
import './dist-es-UT2WZ6u7.js';
import './chunk-DLmCZv8M.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DYR3czKK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
