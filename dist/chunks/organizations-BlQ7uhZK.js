import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BkkqmTGV.js';
export { g as OrganizationsClient } from './chunk-BkkqmTGV.js';
import './dist-es-BfH5zLCk.js';
import './chunk-Dv_qqXo5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DE92-UIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
