import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BURHjVkr.js';
export { g as OrganizationsClient } from './chunk-BURHjVkr.js';
import './dist-es-DUc1faR9.js';
import './chunk-gVvrYw4m.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BUYXZLfL.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
