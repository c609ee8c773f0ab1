import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Cs_7EqQ4.js';
export { g as OrganizationsClient } from './chunk-Cs_7EqQ4.js';
import './dist-es-C4BXE1g1.js';
import './chunk-DjDZVj57.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DxKBPAH9.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
