import 'node:module';
import { assumeRoleCredentials as D } from './organization-g5x-mSdY.js';
import { liveStore as Y, startSlowFacts as te, sourceOf as ee } from './live-zDHy9WTA.js';
import { F as Ft } from './json-C1HT-EZ3.js';
import { c as o, t } from '../start.js';
import './zod-DqHO7iP-.js';
import './chunk-C4tqJElu.js';
import './chunk-Bx5JPqnY.js';
import './dist-es-DtQ_o2l8.js';
import './chunk-b-3sdFR5.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';
import './chunk-D6U2MuP2.js';
import './html--M2ZK04W.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Y(n,{...e,shared:l(t,r)});return te(o,e.needs),ee(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!Ft.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
