import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Rh2HRvRA.js';
export { g as OrganizationsClient } from './chunk-Rh2HRvRA.js';
import './dist-es-DzUkFRnh.js';
import './chunk-BJOZzqoU.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Eqhe7EbS.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
