import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B8OgDcIw.js';
export { g as OrganizationsClient } from './chunk-B8OgDcIw.js';
import './dist-es-0PIEfiFy.js';
import './chunk-BYiR8RbV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-GoZyNENw.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
