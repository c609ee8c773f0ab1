import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-FxWMHCLl.js';
export { g as OrganizationsClient } from './chunk-FxWMHCLl.js';
import './dist-es-C6i4W7GD.js';
import './chunk-DWlZ6Wgm.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DTmYtWJj.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
