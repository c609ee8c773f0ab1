import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-BaYIHHUt.js';
export { a as OrganizationsClient } from './chunk-BaYIHHUt.js';
import './dist-es-YbjIkFWu.js';
import './chunk-Db5C5-Fc.js';
import './chunk-0Jo5RGvE.js';
import './chunk-o9BX006v.js';
import '../start.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
