import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BXGWvwTT.js';
export { g as OrganizationsClient } from './chunk-BXGWvwTT.js';
import './dist-es-sCaqQZvA.js';
import './chunk-WutUUATe.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-__q9fUlY.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
