import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B9XBbLs-.js';
export { g as OrganizationsClient } from './chunk-B9XBbLs-.js';
import './dist-es-qbXqzCVN.js';
import './chunk-BQOnj1Rp.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-tt6W4i5K.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
