import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B-gzPZGD.js';
export { g as OrganizationsClient } from './chunk-B-gzPZGD.js';
import './dist-es-B7K8mlFI.js';
import './chunk-CX9KaeAk.js';
import './chunk-DxkU3QGl.js';
import './chunk-BwcDxmtY.js';
import '../start.js';
import './chunk-TXFFEKwH.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
