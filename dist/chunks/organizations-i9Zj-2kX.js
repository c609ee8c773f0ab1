import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DtnyIto9.js';
export { g as OrganizationsClient } from './chunk-DtnyIto9.js';
import './dist-es-CqBb6dSe.js';
import './chunk-DZ9EqWf6.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Dtpybpke.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
