import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-D5WAiuMr.js';
export { g as OrganizationsClient } from './chunk-D5WAiuMr.js';
import './dist-es-C-yy0KXE.js';
import './chunk-D-hZqFlR.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-rQ6pmPFn.js';
import './chunk-mQ_9BiCU.js';
import './select-BXHlthoi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
