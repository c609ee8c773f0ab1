import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B44XzPcZ.js';
export { g as OrganizationsClient } from './chunk-B44XzPcZ.js';
import './dist-es-B0RLXphD.js';
import './chunk-Bu87-22z.js';
import './chunk-32VakjlU.js';
import './chunk-Bpd0A2cS.js';
import '../start.js';
import './chunk-BJ5F6Rpz.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
