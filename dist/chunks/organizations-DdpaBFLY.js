import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-C4tqJElu.js';
export { a as OrganizationsClient } from './chunk-C4tqJElu.js';
import './dist-es-DtQ_o2l8.js';
import './chunk-b-3sdFR5.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
