import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DZtHtXgv.js';
export { g as OrganizationsClient } from './chunk-DZtHtXgv.js';
import './dist-es-EhZGk844.js';
import './chunk-D-iNBA5q.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GYsfF6Wh.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
