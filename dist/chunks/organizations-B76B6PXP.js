import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DPXLHPQB.js';
export { g as OrganizationsClient } from './chunk-DPXLHPQB.js';
import './dist-es-CrhEWLHF.js';
import './chunk-CqLmDgdE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CbKHMRyT.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
