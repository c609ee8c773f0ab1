import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-XKvvxtTT.js';
export { g as OrganizationsClient } from './chunk-XKvvxtTT.js';
import './dist-es-D-i_eBzH.js';
import './chunk-BlYieSGx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BQTfbk0C.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
