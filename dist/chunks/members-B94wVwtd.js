import 'node:module';
import { liveStore as te, startSlowFacts as se, sourceOf as oe } from './live-yhpf10bb.js';
import { assumeRoleCredentials as ue } from './organization-D9wCxa_p.js';
import { N as Nt } from './catalog-B_01jzCm.js';
import './chunk-TXFFEKwH.js';
import { a as o, t } from '../start.js';
import './json-B0StIUCI.js';
import './chunk-BHEnHI01.js';
import './chunk-BYgLi2TN.js';
import './dist-es-CDxFGqSs.js';
import './chunk-BIIVSPvE.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import './chunk-Bp1X-bcD.js';
import './select-CxP3uz6N.js';
import './chunk-GpRhNiEZ.js';

function A(t,o,n){let r=ue(t.session,o),e=t.session.derive(r),s=te(e,{...n,shared:f(t,o,r),account:o.accountId});return se(s,n.needs),oe(e,s)}function f(t,o,n){let r=o.managementAccountId;return (e,s)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&o.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&r!==void 0)return p(t,r);if(e==="budgets.managementBudgets"&&r!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&r!==void 0)return t.store.get("budgets.alerts",s);let l=r!==void 0&&s?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,s)}}async function p(t$1,o$1){try{return await t$1.store.get("fms.adminAccount")}catch(n){throw !t(n,"access-denied")||!Nt.test(n.message)?n:new o({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${o$1} was told: ${n.message})`})}}

export { A as memberSource };
