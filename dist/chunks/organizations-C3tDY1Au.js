import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DaJTYr9M.js';
export { g as OrganizationsClient } from './chunk-DaJTYr9M.js';
import './dist-es-WLsAMgoL.js';
import './chunk-CAeWUl1Y.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m6lOL9Io.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
