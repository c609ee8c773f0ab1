import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DHuFmWwd.js';
export { g as OrganizationsClient } from './chunk-DHuFmWwd.js';
import './dist-es-DNDBNKAj.js';
import './chunk-Do_R5I_5.js';
import './chunk-CX-iR_Oa.js';
import './chunk-lIivFqhg.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
