import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-jwPAhXBd.js';
export { g as OrganizationsClient } from './chunk-jwPAhXBd.js';
import './dist-es-iuH3R8zi.js';
import './chunk-Bs4TxJ2W.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-B28MUOa1.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
