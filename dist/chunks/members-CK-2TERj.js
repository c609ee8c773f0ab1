import 'node:module';
import { assumeRoleCredentials as D } from './organization-BinzUvAz.js';
import { liveStore as _, startSlowFacts as N, sourceOf as k } from './live-DvNq67tI.js';
import './chunk-W5553xCX.js';
import './chunk-BiFdf_S8.js';
import { A as At } from './json-_KJnZleF.js';
import { b as o, t } from '../start.js';
import './zod-BmjRqHiD.js';
import './dist-es-U2rtOEyC.js';
import './chunk-wifb_e0b.js';
import './chunk-Da66L0bH.js';
import './chunk-t3tV-M0B.js';
import './html-CIFDnz8K.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=_(n,{...e,shared:l(t,r)});return N(o,e.needs),k(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!At.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
