import 'node:module';
import { Q as Qn, r as rn, e as ea, Z as Zn } from './chunk-h0V_3rep.js';
export { a as OrganizationsClient } from './chunk-h0V_3rep.js';
import './dist-es-CPyuhliJ.js';
import './chunk-Ua7DyTkM.js';
import './chunk-C4Csqat6.js';
import './chunk-BoNb7R9N.js';
import '../start.js';
import './json-CbDJcAD-.js';

var r=class extends Qn(Zn,ea,"DescribeOrganization",rn){};

export { r as DescribeOrganizationCommand };
