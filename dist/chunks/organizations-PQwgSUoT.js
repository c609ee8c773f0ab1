import 'node:module';
import { O as Oa, z as zn, T as Ta, D as Da } from './chunk-BoZN1iFX.js';
export { g as OrganizationsClient } from './chunk-BoZN1iFX.js';
import './dist-es-05m6oqNp.js';
import './chunk-jc2atWrT.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-BJo4xnAY.js';
import './chunk-DuIvaKqZ.js';
import './select-myCuOYZF.js';

var r=class extends Oa(Da,Ta,"DescribeOrganization",zn){};

export { r as DescribeOrganizationCommand };
