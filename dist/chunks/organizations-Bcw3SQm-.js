import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-dQToHruX.js';
export { g as OrganizationsClient } from './chunk-dQToHruX.js';
import './dist-es-Cl7IjsvG.js';
import './chunk-CnLxy0kx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-dvrITMcL.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
