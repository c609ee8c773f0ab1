import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DNleCEoA.js';
export { g as OrganizationsClient } from './chunk-DNleCEoA.js';
import './dist-es-BxLYrkkE.js';
import './chunk-BV_d3-T8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dhwu_AOq.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
