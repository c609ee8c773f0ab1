import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-D09sLOxJ.js';
export { g as OrganizationsClient } from './chunk-D09sLOxJ.js';
import './dist-es-bf22NtpE.js';
import './chunk-DbLi28Yw.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Cx0kmr9W.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
