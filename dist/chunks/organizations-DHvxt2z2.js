import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DSDaiXgT.js';
export { g as OrganizationsClient } from './chunk-DSDaiXgT.js';
import './dist-es-BDeL7zgl.js';
import './chunk-CdQrcsLL.js';
import './chunk-9oKs4IEJ.js';
import './chunk-KYmh0Iop.js';
import '../start.js';
import './chunk-B_YjNJym.js';
import './chunk-C1hW9rzH.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
