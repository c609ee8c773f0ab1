import 'node:module';
import { liveStore as Z, startSlowFacts as re, sourceOf as ne } from './live-Bqa_pcS1.js';
import { assumeRoleCredentials as ue } from './organization-JwnjcKtz.js';
import { N as Nt } from './catalog-BvHOAbiw.js';
import './chunk-BEiFiqNi.js';
import { a as o, t } from '../start.js';
import './zod-DNgorxEW.js';
import './chunk-DZOf3kr7.js';
import './chunk-Df4W4JwW.js';
import './dist-es-Cd7FO80_.js';
import './chunk-Cw_LM-WA.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import './chunk--_feHSLN.js';
import './select-Dto1kOXZ.js';
import './chunk-CKc5CcaS.js';

function A(t,o,n){let r=ue(t.session,o),e=t.session.derive(r),s=Z(e,{...n,shared:f(t,o,r),account:o.accountId});return re(s,n.needs),ne(e,s)}function f(t,o,n){let r=o.managementAccountId;return (e,s)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&o.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&r!==void 0)return p(t,r);if(e==="budgets.managementBudgets"&&r!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&r!==void 0)return t.store.get("budgets.alerts",s);let l=r!==void 0&&s?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,s)}}async function p(t$1,o$1){try{return await t$1.store.get("fms.adminAccount")}catch(n){throw !t(n,"access-denied")||!Nt.test(n.message)?n:new o({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${o$1} was told: ${n.message})`})}}

export { A as memberSource };
