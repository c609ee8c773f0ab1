import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-C_vzT7T2.js';
export { a as OrganizationsClient } from './chunk-C_vzT7T2.js';
import './dist-es-I4lOYq9a.js';
import './chunk-DIWIGcLz.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
