import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-Bdys_7I4.js';
export { u as EC2Client } from './chunk-Bdys_7I4.js';
import './dist-es-DUc1faR9.js';
import './chunk-gVvrYw4m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUYXZLfL.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
