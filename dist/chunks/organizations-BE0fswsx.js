import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-x63O1g2e.js';
export { g as OrganizationsClient } from './chunk-x63O1g2e.js';
import './dist-es-XXMs0m5D.js';
import './chunk-D7o0Llkz.js';
import './chunk-53BzjMox.js';
import './chunk-BMUNDXoe.js';
import '../start.js';
import './chunk-DsNQgMbe.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
