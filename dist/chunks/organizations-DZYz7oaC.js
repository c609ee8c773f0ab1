import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-W5553xCX.js';
export { a as OrganizationsClient } from './chunk-W5553xCX.js';
import './dist-es-U2rtOEyC.js';
import './chunk-wifb_e0b.js';
import './json-_KJnZleF.js';
import './chunk-Da66L0bH.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
