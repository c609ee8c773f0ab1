import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-Dn9GZqvC.js';
export { g as OrganizationsClient } from './chunk-Dn9GZqvC.js';
import './dist-es-C4pr70Dl.js';
import './chunk-CA6MV-G8.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-fvhP734_.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
