import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CpFUEC0k.js';
export { g as OrganizationsClient } from './chunk-CpFUEC0k.js';
import './dist-es-DqTrgprM.js';
import './chunk-D1vA6xM2.js';
import './chunk-_Yyt8u-s.js';
import './chunk-DYlnZlXi.js';
import '../start.js';
import './chunk-CJvVPiLq.js';
import './chunk-x9R1L1Jr.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
