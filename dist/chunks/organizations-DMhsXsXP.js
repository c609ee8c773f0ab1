import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BxuvJWn2.js';
export { g as OrganizationsClient } from './chunk-BxuvJWn2.js';
import './dist-es-DKRuHifW.js';
import './chunk-HP5fI8l9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-7rBQa7FA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
