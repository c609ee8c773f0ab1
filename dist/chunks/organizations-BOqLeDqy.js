import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-IvqPrZWj.js';
export { g as OrganizationsClient } from './chunk-IvqPrZWj.js';
import './dist-es-UVrZYJTi.js';
import './chunk-BwJg3DCM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BcQQWL1f.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
