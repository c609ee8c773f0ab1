import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-0o5dd__r.js';
export { g as OrganizationsClient } from './chunk-0o5dd__r.js';
import './dist-es-BY2eA8D0.js';
import './chunk-CWR4QACZ.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-v8EGdcr3.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
