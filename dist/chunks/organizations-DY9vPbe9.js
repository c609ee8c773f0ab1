import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-rcDO3scD.js';
export { g as OrganizationsClient } from './chunk-rcDO3scD.js';
import './dist-es-D8FqGk4g.js';
import './chunk-Xvwqws-m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ByoLUnZL.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
