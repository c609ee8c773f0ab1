import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BMJH-EEb.js';
export { g as OrganizationsClient } from './chunk-BMJH-EEb.js';
import './dist-es-ChsV1k58.js';
import './chunk-eEnKK3Vj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DeCK_Dx3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
