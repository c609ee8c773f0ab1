import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-4XdtQs4O.js';
export { g as OrganizationsClient } from './chunk-4XdtQs4O.js';
import './dist-es-C-FzqG4D.js';
import './chunk-Sl-YNnM7.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
