import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-C-AlWGRN.js';
export { g as OrganizationsClient } from './chunk-C-AlWGRN.js';
import './dist-es-DGu2N7zM.js';
import './chunk-Dt5ziZgO.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-YhrmRw0c.js';
import './chunk-CN9rmKxu.js';
import './select-BXHlthoi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
