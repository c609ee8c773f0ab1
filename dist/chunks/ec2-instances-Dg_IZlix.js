import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-Dt8sRDF1.js';
export { u as EC2Client } from './chunk-Dt8sRDF1.js';
import './dist-es-CkJj_prt.js';
import './chunk-B_A9JzIY.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DycLakLh.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
