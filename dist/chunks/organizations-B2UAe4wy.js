import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BLKRWYGz.js';
export { g as OrganizationsClient } from './chunk-BLKRWYGz.js';
import './dist-es-CaJ2y7WV.js';
import './chunk-DY1cxMfk.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DIIyE4ZT.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
