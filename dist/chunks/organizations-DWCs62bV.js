import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BHEnHI01.js';
export { g as OrganizationsClient } from './chunk-BHEnHI01.js';
import './dist-es-CDxFGqSs.js';
import './chunk-BIIVSPvE.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
