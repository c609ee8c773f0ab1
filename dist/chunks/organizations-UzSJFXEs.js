import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BWI7yYL0.js';
export { g as OrganizationsClient } from './chunk-BWI7yYL0.js';
import './dist-es-NQ6fGeHT.js';
import './chunk-jmFZXtKa.js';
import './chunk-i84GT9xP.js';
import './chunk-CdaYK1fV.js';
import '../start.js';
import './chunk-Cwu9ZmYJ.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
