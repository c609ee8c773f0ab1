import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B6ncfS7C.js';
export { g as OrganizationsClient } from './chunk-B6ncfS7C.js';
import './dist-es-ELbDGOPc.js';
import './chunk-UUzrQr8o.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-jXh0CbjU.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
