import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-nLB8XdcD.js';
export { g as OrganizationsClient } from './chunk-nLB8XdcD.js';
import './dist-es-eNQxBgcM.js';
import './chunk-BL7AK4nc.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
