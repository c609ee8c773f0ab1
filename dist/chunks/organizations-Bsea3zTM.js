import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CM66LVCu.js';
export { g as OrganizationsClient } from './chunk-CM66LVCu.js';
import './dist-es-h8IYh6xL.js';
import './chunk-Bif4LbwS.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BNJ3lQmK.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
