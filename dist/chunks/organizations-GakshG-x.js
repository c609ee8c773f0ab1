import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-jGcH7idL.js';
export { g as OrganizationsClient } from './chunk-jGcH7idL.js';
import './dist-es-DrGIYpAO.js';
import './chunk-DbWos5X8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-uO_a2XNY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
