import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BBT5DvK_.js';
export { g as OrganizationsClient } from './chunk-BBT5DvK_.js';
import './dist-es-DcJbgQon.js';
import './chunk-CoqG9SzZ.js';
import './chunk-BrPt8YPi.js';
import './chunk-Cqwc66Yd.js';
import '../start.js';
import './chunk-z9bGmIlR.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
