import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BMqvxCir.js';
export { g as OrganizationsClient } from './chunk-BMqvxCir.js';
import './dist-es-ChEQp_8u.js';
import './chunk-BZAoDB8X.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DEQXdJXK.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
