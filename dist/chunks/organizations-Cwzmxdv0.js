import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-Couw2e5v.js';
export { a as OrganizationsClient } from './chunk-Couw2e5v.js';
import './dist-es-DdunTZ0M.js';
import './chunk-DFKq64Zz.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
