import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CLEAgXLh.js';
export { g as OrganizationsClient } from './chunk-CLEAgXLh.js';
import './dist-es-DLMDGJmi.js';
import './chunk-BKRmXGv2.js';
import './chunk-s5uUEnSh.js';
import './chunk-DhDBb0PC.js';
import '../start.js';
import './chunk-C4Yq3R4K.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
