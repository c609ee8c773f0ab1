import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-Dy5Q8myt.js';
export { a as OrganizationsClient } from './chunk-Dy5Q8myt.js';
import './dist-es-DbY8gQG0.js';
import './chunk-CxIkfkRZ.js';
import './chunk-CNJFjFme.js';
import './chunk-Dh76POdB.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
