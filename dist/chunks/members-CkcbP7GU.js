import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-TejUAyur.js';
import { assumeRoleCredentials as D } from './organization-DDFupSDr.js';
import { x as xt } from './catalog-DPzkrHwK.js';
import './chunk-C0Tv1k3u.js';
import { a as o, t } from '../start.js';
import './zod-BTVlEME2.js';
import './chunk-vBrCTx6O.js';
import './chunk-lX2_wTA6.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import './chunk-Cq4QkcP3.js';
import './select-CY72cc2W.js';
import './chunk-DCz8cHxq.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!xt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
