import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Cq6-Nc-S.js';
export { g as OrganizationsClient } from './chunk-Cq6-Nc-S.js';
import './dist-es-D1RA_UNk.js';
import './chunk-CA1aHfts.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CaC1fcpZ.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
