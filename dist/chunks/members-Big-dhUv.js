import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-CYQ8CzGi.js';
import { assumeRoleCredentials as D } from './organization-B10frd-_.js';
import { Y as Yt } from './json-qDNYeNxO.js';
import { b as o, t } from '../start.js';
import './chunk-w1q_JlLi.js';
import './chunk-Dy5Q8myt.js';
import './chunk-Baj4VTaF.js';
import './dist-es-DbY8gQG0.js';
import './chunk-CxIkfkRZ.js';
import './chunk-CNJFjFme.js';
import './chunk-Dh76POdB.js';
import './chunk-C5RWG0oT.js';
import './chunk-DJtUjwHd.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

function F(t,r,e){let n=t.session.derive(D(t.session,r)),o=Z(n,{...e,shared:l(t,r),account:r.accountId});return re(o,e.needs),ne(n,o)}function l(t,r){let e=r.managementAccountId;return (n,o)=>{if(n==="iam.organizationsFeatures")return t.store.get(n);if(n==="fms.adminAccount"&&e!==void 0)return f(t,e);if(n==="budgets.managementBudgets"&&e!==void 0)return t.store.get("budgets.budgets");if(n==="budgets.managementAlerts"&&e!==void 0)return t.store.get("budgets.alerts",o);let g=e!==void 0&&o?.split(":")[4]===e;if((n==="cloudtrail.trailStatus"||n==="cloudtrail.eventSelectors")&&g)return t.store.get(n,o)}}async function f(t$1,r){try{return await t$1.store.get("fms.adminAccount")}catch(e){throw !t(e,"access-denied")||!Yt.test(e.message)?e:new o({...e.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${e.message})`})}}

export { F as memberSource };
