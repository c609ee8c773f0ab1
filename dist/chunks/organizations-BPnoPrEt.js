import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk--xCvkFsq.js';
export { g as OrganizationsClient } from './chunk--xCvkFsq.js';
import './dist-es-DlZOdEE0.js';
import './chunk-BP-eWJAZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-cFG6h1Ux.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
