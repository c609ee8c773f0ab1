import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-vBrCTx6O.js';
export { a as OrganizationsClient } from './chunk-vBrCTx6O.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-C0Tv1k3u.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
