import 'node:module';
import { assumeRoleCredentials as D } from './organization-CgBhysdy.js';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-BJPxDrtD.js';
import { a as Lt } from './json-BVvwF5GQ.js';
import { b as o, t } from '../start.js';
import './zod-BmjRqHiD.js';
import './chunk-CcCEyjGn.js';
import './chunk-CRK1A178.js';
import './dist-es-3JOTvOzb.js';
import './chunk-yMxdihc3.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import './chunk-1ZbStbqA.js';
import './html-CigSIIf5.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!Lt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
