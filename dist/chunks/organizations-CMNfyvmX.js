import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-D5SyX9o8.js';
export { g as OrganizationsClient } from './chunk-D5SyX9o8.js';
import './dist-es-BmNWBUeI.js';
import './chunk-B8w1-bnM.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DkNFlxyD.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
