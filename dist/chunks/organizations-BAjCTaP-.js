import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CU7u88eS.js';
export { g as OrganizationsClient } from './chunk-CU7u88eS.js';
import './dist-es-DyBFRPvI.js';
import './chunk-BtK7Zhqx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-nAkB-ZqG.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
