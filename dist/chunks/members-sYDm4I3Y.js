import 'node:module';
import { assumeRoleCredentials as D } from './organization-nmyfEKxa.js';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-C-iA1Zc6.js';
import { R as Rt } from './json-u2sQlfMn.js';
import { c as o, t } from '../start.js';
import './zod-Bz4NBjJ4.js';
import './chunk-C4tqJElu.js';
import './chunk-Bx5JPqnY.js';
import './dist-es-DtQ_o2l8.js';
import './chunk-b-3sdFR5.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import './chunk-qAsUs2V5.js';
import './html-uEb2IIGu.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!Rt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
