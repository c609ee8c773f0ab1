import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DmygTQ4D.js';
export { g as OrganizationsClient } from './chunk-DmygTQ4D.js';
import './dist-es-DK3rKj7a.js';
import './chunk-2pZd-41U.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-8fn0aaKv.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
