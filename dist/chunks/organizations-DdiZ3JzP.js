import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DGAXUPzp.js';
export { g as OrganizationsClient } from './chunk-DGAXUPzp.js';
import './dist-es-wJppMic7.js';
import './chunk-DqasnhON.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bko127zp.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
