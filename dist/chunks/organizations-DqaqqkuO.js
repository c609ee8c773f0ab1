import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-B17DDnu5.js';
export { g as OrganizationsClient } from './chunk-B17DDnu5.js';
import './dist-es-B1G2zO1X.js';
import './chunk-CVgVA4jq.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Db-1l40O.js';
import './chunk-D8On969z.js';
import './select-BXHlthoi.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
