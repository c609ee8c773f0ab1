import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CIYM-cKl.js';
export { g as OrganizationsClient } from './chunk-CIYM-cKl.js';
import './dist-es-ekhfCfAC.js';
import './chunk-DPDbtK17.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BHFN1tne.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
