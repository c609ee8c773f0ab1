import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-CcCEyjGn.js';
export { a as OrganizationsClient } from './chunk-CcCEyjGn.js';
import './dist-es-3JOTvOzb.js';
import './chunk-yMxdihc3.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
