import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BWDPhwWM.js';
export { g as OrganizationsClient } from './chunk-BWDPhwWM.js';
import './dist-es-CFYflELa.js';
import './chunk-BwOqbE3F.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BLi2LDV8.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
