import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-JgyI-Hce.js';
import { assumeRoleCredentials as D } from './organization-Qh7U6F5L.js';
import { K as Kt } from './json-BEj0CICs.js';
import { b as o, t } from '../start.js';
import './zod-DaN2ODqm.js';
import './chunk-BUFhczoR.js';
import './chunk-Cyu5hTLQ.js';
import './dist-es-ayIeHIQZ.js';
import './chunk-Cv8DA_d7.js';
import './chunk-Dmv4dd3b.js';
import './chunk-rgOV5IMo.js';
import './chunk-D8Q5-53r.js';
import './markdown-WxukR7i0.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!Kt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
