import 'node:module';
import { assumeRoleCredentials as ue } from './organization-BRB0AOZB.js';
import { liveStore as te, startSlowFacts as se, sourceOf as oe } from './live-CH0SRKpf.js';
import { N as Nt } from './catalog-Dg_KwbAb.js';
import { a as n, b as o } from '../start.js';
import './chunk-BYtDfpce.js';
import './json-B0StIUCI.js';
import './chunk-CsrsXMTo.js';
import './chunk-CH6BK5lq.js';
import './dist-es-DoTceRjO.js';
import './chunk-LlSH64G9.js';
import './chunk-Cp1NcMPE.js';
import './chunk-Bk-bISAj.js';
import './chunk-BYMYgUpZ.js';
import './select-jpTAHQeO.js';
import './chunk-sKF7a7Tr.js';

function A(t,o,n){let r=ue(t.session,o),e=t.session.derive(r),s=te(e,{...n,shared:f(t,o,r),account:o.accountId});return se(s,n.needs),oe(e,s)}function f(t,o,n){let r=o.managementAccountId;return (e,s)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&o.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&r!==void 0)return p(t,r);if(e==="budgets.managementBudgets"&&r!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&r!==void 0)return t.store.get("budgets.alerts",s);let l=r!==void 0&&s?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,s)}}async function p(t,o$1){try{return await t.store.get("fms.adminAccount")}catch(n$1){throw !o(n$1,"access-denied")||!Nt.test(n$1.message)?n$1:new n({...n$1.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${o$1} was told: ${n$1.message})`})}}

export { A as memberSource };
