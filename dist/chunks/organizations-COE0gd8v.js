import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CAq-9lpS.js';
export { g as OrganizationsClient } from './chunk-CAq-9lpS.js';
import './dist-es-jPYriNhq.js';
import './chunk-B0OifcDq.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
