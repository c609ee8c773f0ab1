import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-zH8IzBwX.js';
export { g as OrganizationsClient } from './chunk-zH8IzBwX.js';
import './dist-es-C_hb4Ocw.js';
import './chunk-DVuLHizZ.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
