import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-BmSH6Y05.js';
export { a as OrganizationsClient } from './chunk-BmSH6Y05.js';
import './dist-es-53Hwg67b.js';
import './chunk-DpN1IpXP.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
