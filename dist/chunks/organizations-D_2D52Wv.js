import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BTu-mooZ.js';
export { g as OrganizationsClient } from './chunk-BTu-mooZ.js';
import './dist-es-UT2WZ6u7.js';
import './chunk-DLmCZv8M.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DYR3czKK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
