import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DZOf3kr7.js';
export { g as OrganizationsClient } from './chunk-DZOf3kr7.js';
import './dist-es-Cd7FO80_.js';
import './chunk-Cw_LM-WA.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-BEiFiqNi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
