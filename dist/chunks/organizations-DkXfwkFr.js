import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-9FY0PRWr.js';
export { a as OrganizationsClient } from './chunk-9FY0PRWr.js';
import './dist-es-DoolAiiH.js';
import './chunk-NiDgQG57.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-k3N7N7-f.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
