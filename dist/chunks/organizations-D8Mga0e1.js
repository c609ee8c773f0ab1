import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-AN9NHl3G.js';
export { g as OrganizationsClient } from './chunk-AN9NHl3G.js';
import './dist-es-B3N58nEr.js';
import './chunk-CiQRvwj9.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-pAqpefXz.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
