import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-ZVxChjre.js';
export { g as OrganizationsClient } from './chunk-ZVxChjre.js';
import './dist-es-D3U2RGY6.js';
import './chunk-DtaAF8A0.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-on4aDo9L.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
