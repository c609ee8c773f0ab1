import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CjpCv5_8.js';
export { g as OrganizationsClient } from './chunk-CjpCv5_8.js';
import './dist-es-xJqJ0YsM.js';
import './chunk-c-9iNOs_.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-ORdIgNYn.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
