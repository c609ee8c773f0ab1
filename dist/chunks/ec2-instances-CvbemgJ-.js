import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-Dmt1Muj8.js';
export { u as EC2Client } from './chunk-Dmt1Muj8.js';
import './dist-es-DwS48JF6.js';
import './chunk-CgVgkOBH.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNxiBwqW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
