import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DBfGkKJe.js';
export { g as OrganizationsClient } from './chunk-DBfGkKJe.js';
import './dist-es-CkJj_prt.js';
import './chunk-B_A9JzIY.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DycLakLh.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
