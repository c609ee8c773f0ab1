import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-C6h9UAmf.js';
export { g as OrganizationsClient } from './chunk-C6h9UAmf.js';
import './dist-es-BZNiaEuU.js';
import './chunk-BgDIktzn.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
