import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DKJCITP8.js';
export { g as OrganizationsClient } from './chunk-DKJCITP8.js';
import './dist-es-DqjK7IZA.js';
import './chunk-twapPBOE.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BssMB7NP.js';
import './chunk-MsgY_uY9.js';
import './select-77UKqDnd.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
