import 'node:module';
import { R as Ru, A as Al, S as Su, I as Iu } from './chunk-DNJE_mPv.js';
export { u as EC2Client } from './chunk-DNJE_mPv.js';
import './dist-es-CAlOCdlF.js';
import './chunk-DF0sh1Dj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BRjN9XJJ.js';
import './chunk-CrFdek62.js';
import './select-C1Cjgwdx.js';

var e=class extends Ru(Iu,Su,"DescribeInstances",Al){};

export { e as DescribeInstancesCommand };
