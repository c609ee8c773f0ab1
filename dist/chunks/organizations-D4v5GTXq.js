import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Mif2sYg1.js';
export { g as OrganizationsClient } from './chunk-Mif2sYg1.js';
import './dist-es-CAlOCdlF.js';
import './chunk-DF0sh1Dj.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BRjN9XJJ.js';
import './chunk-CrFdek62.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
