import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-CSg8e4gk.js';
export { a as OrganizationsClient } from './chunk-CSg8e4gk.js';
import './dist-es-BIzWY7t9.js';
import './chunk-ooHRDIda.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
