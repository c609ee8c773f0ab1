import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DK0Fx6Ky.js';
export { g as OrganizationsClient } from './chunk-DK0Fx6Ky.js';
import './dist-es-DwS48JF6.js';
import './chunk-CgVgkOBH.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNxiBwqW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
