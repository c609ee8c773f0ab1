import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-CIapScJu.js';
export { g as OrganizationsClient } from './chunk-CIapScJu.js';
import './dist-es-36g4hB5Y.js';
import './chunk-HyO6JuAi.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BZEfQRIA.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
