import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CeQXmYBj.js';
export { g as OrganizationsClient } from './chunk-CeQXmYBj.js';
import './dist-es-DnXdXdY4.js';
import './chunk-CnsKOUz5.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DESMtgQN.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
