import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CRTBP3ui.js';
export { g as OrganizationsClient } from './chunk-CRTBP3ui.js';
import './dist-es-CvYMKJ97.js';
import './chunk-BU69Dlgy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B8CJE4oW.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
