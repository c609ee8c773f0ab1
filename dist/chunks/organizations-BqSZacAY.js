import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CX2SZFu6.js';
export { g as OrganizationsClient } from './chunk-CX2SZFu6.js';
import './dist-es-BkleRDbd.js';
import './chunk-Ckgom1re.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DmWq-OO7.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
