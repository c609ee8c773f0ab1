import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-DRZxJgUM.js';
export { g as OrganizationsClient } from './chunk-DRZxJgUM.js';
import './dist-es-BCfzq2Rl.js';
import './chunk-oudst8YW.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-m4kKSXBq.js';
import './chunk-GFQMVDKm.js';
import './select-DEVUpzNx.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
