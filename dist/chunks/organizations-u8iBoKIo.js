import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-daeGrm4O.js';
export { g as OrganizationsClient } from './chunk-daeGrm4O.js';
import './dist-es-CG03apmR.js';
import './chunk-BTgHX3FE.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
