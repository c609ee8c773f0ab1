import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CKxjFCPF.js';
export { g as OrganizationsClient } from './chunk-CKxjFCPF.js';
import './dist-es-aMmty7hc.js';
import './chunk-SB6-OX_-.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DB8EoM-Z.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
