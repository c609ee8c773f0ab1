import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CsrsXMTo.js';
export { g as OrganizationsClient } from './chunk-CsrsXMTo.js';
import './dist-es-DoTceRjO.js';
import './chunk-LlSH64G9.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import '../start.js';
import './chunk-BYtDfpce.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
