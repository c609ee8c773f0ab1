import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Bk4MM18A.js';
export { g as OrganizationsClient } from './chunk-Bk4MM18A.js';
import './dist-es-ChkmocVh.js';
import './chunk-BYrdO-bB.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUHkYIzC.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
