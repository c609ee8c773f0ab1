import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BI8X4HVk.js';
export { g as OrganizationsClient } from './chunk-BI8X4HVk.js';
import './dist-es-Dr40eKXf.js';
import './chunk-HQ-vSPdn.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bd66SSGk.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
