import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-Crv_xDGr.js';
export { a as OrganizationsClient } from './chunk-Crv_xDGr.js';
import './dist-es-4ehUtUWR.js';
import './chunk-BCbf6CFI.js';
import './chunk-B5BO2XBb.js';
import './chunk-0NwHlCsV.js';
import '../start.js';
import './json-BpRQsby4.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
