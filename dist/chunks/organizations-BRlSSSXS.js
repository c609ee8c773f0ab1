import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-Cx4u4deO.js';
export { a as OrganizationsClient } from './chunk-Cx4u4deO.js';
import './dist-es-BmwvqpP7.js';
import './chunk-vR77w-Dr.js';
import './chunk-CPCb2dUG.js';
import './chunk-BtR4L_Um.js';
import '../start.js';
import './json-BZrDeWzN.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
