import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-COIYQh9c.js';
export { g as OrganizationsClient } from './chunk-COIYQh9c.js';
import './dist-es-CxTc3DfN.js';
import './chunk-DpEAL4mV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-DNJfBnGj.js';
import './chunk-D8On969z.js';
import './select-DCgIvEId.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
