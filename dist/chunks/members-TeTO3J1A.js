import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-97yuGL-6.js';
import { assumeRoleCredentials as D } from './organization-DAbBnCpE.js';
import { j as jt } from './json-DYW5UQfo.js';
import { b as o, t } from '../start.js';
import './chunk-CBOKFuqJ.js';
import './chunk-Couw2e5v.js';
import './chunk-Ct8ng9Z1.js';
import './dist-es-DdunTZ0M.js';
import './chunk-DFKq64Zz.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import './chunk-DZyjR7tr.js';
import './chunk-DLOsTorA.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!jt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
