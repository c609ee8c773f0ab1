import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BW5cWc6e.js';
export { g as OrganizationsClient } from './chunk-BW5cWc6e.js';
import './dist-es-Bdu1lUi8.js';
import './chunk-aL7pLk4r.js';
import './chunk-BRegnO96.js';
import './chunk-SOCefx5C.js';
import '../start.js';
import './chunk-VpwOpbCW.js';
import './chunk-BAY9XJ82.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
