import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-fMuj8Wt6.js';
import { assumeRoleCredentials as D } from './organization-CXAeaOhJ.js';
import { x as xt } from './catalog-k05N2RAm.js';
import './chunk-k3N7N7-f.js';
import { a as o, t } from '../start.js';
import './zod-BTVlEME2.js';
import './chunk-9FY0PRWr.js';
import './chunk-DCB9GPV0.js';
import './dist-es-DoolAiiH.js';
import './chunk-NiDgQG57.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import './chunk-BUC1a6zy.js';
import './select-av4Q2O9T.js';
import './chunk-Bz1FYRLA.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!xt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
