import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CZ5xqTAh.js';
export { g as OrganizationsClient } from './chunk-CZ5xqTAh.js';
import './dist-es-Pldfqk4s.js';
import './chunk-CdB38MTm.js';
import './chunk-DEdimN6-.js';
import './chunk-HVLJV2sI.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './chunk-Bi_ujIUR.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
