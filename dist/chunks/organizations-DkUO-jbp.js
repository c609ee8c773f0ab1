import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-BZVucSTN.js';
export { a as OrganizationsClient } from './chunk-BZVucSTN.js';
import './dist-es-BYYSjMf7.js';
import './chunk-aRKnyvWg.js';
import './chunk-CdNb1tWf.js';
import './chunk-DrQRxGz0.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
