import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DOMZ2azD.js';
export { g as OrganizationsClient } from './chunk-DOMZ2azD.js';
import './dist-es-CRuIYCQC.js';
import './chunk-CL0Rz7O7.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CX8y2VoU.js';
import './chunk-vaDJOCZy.js';
import './select-BXHlthoi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
