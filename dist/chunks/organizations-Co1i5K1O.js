import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-BUFhczoR.js';
export { a as OrganizationsClient } from './chunk-BUFhczoR.js';
import './dist-es-ayIeHIQZ.js';
import './chunk-Cv8DA_d7.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
