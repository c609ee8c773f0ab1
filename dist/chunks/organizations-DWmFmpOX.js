import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B3KZihC0.js';
export { g as OrganizationsClient } from './chunk-B3KZihC0.js';
import './dist-es-B-3dSUEO.js';
import './chunk-Dhs7xM7M.js';
import './chunk-C6jpHtg2.js';
import './chunk-DoHXMg3w.js';
import '../start.js';
import './chunk-Cu8goc8-.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
