import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Cvz5aKDS.js';
export { g as OrganizationsClient } from './chunk-Cvz5aKDS.js';
import './dist-es-BtNZdgw0.js';
import './chunk-zBm-LzX1.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DpGa47Zl.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
