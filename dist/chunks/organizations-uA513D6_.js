import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DEx1KkO1.js';
export { g as OrganizationsClient } from './chunk-DEx1KkO1.js';
import './dist-es-BPWyw6T5.js';
import './chunk-Bs9COfh4.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
