import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BCND6j80.js';
export { g as OrganizationsClient } from './chunk-BCND6j80.js';
import './dist-es-DAF2qWsR.js';
import './chunk-DmEbScTy.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Biy8ShDC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
