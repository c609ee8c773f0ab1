import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-C5ArlSRm.js';
export { g as OrganizationsClient } from './chunk-C5ArlSRm.js';
import './dist-es-093O87XG.js';
import './chunk-CAt0L5PE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DQtcFPy1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
