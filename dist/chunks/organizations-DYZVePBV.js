import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DtWIlsIL.js';
export { g as OrganizationsClient } from './chunk-DtWIlsIL.js';
import './dist-es-Ct5QnKHy.js';
import './chunk-Bge-BRtu.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B1z6-S6-.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
