import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B2F_j0iR.js';
export { g as OrganizationsClient } from './chunk-B2F_j0iR.js';
import './dist-es-CH3EkEaG.js';
import './chunk-CUHBXPzF.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BOhRjdWH.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
