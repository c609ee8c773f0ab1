import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BL8sRITg.js';
export { g as OrganizationsClient } from './chunk-BL8sRITg.js';
import './dist-es-DyWfMaoL.js';
import './chunk-BlgZU8T5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-C_Gc-1Ig.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
