import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk--cdv9QFo.js';
export { g as OrganizationsClient } from './chunk--cdv9QFo.js';
import './dist-es-D7gSAQ3A.js';
import './chunk-DsZ5KFeD.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-D7nJc4rA.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
