import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BjXGVzPm.js';
export { g as OrganizationsClient } from './chunk-BjXGVzPm.js';
import './dist-es--PnKktzA.js';
import './chunk-CyWI-pEf.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bf0-z0sy.js';
import './chunk-DWMrXtbY.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
