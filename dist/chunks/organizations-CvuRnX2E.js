import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-ACatOH1c.js';
export { g as OrganizationsClient } from './chunk-ACatOH1c.js';
import './dist-es-Bw_DPILi.js';
import './chunk-sxmFWwLA.js';
import './chunk-D3XNUYjR.js';
import './chunk-DihOxsrQ.js';
import '../start.js';
import './chunk-BbVCk0jO.js';
import './select-TzC2RxMl.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
