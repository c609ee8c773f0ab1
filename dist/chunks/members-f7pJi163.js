import 'node:module';
import { liveStore as te, startSlowFacts as se, sourceOf as oe } from './live-CBAkXGvN.js';
import { assumeRoleCredentials as ue } from './organization-Dwf6pWXy.js';
import { N as Nt } from './catalog-CZGry622.js';
import './chunk-TXFFEKwH.js';
import { a as n, b as o } from '../start.js';
import './json-B0StIUCI.js';
import './chunk-B-gzPZGD.js';
import './chunk-CSqAPQpK.js';
import './dist-es-B7K8mlFI.js';
import './chunk-CX9KaeAk.js';
import './chunk-DxkU3QGl.js';
import './chunk-BwcDxmtY.js';
import './chunk-qbtJ1ZKK.js';
import './select-CxP3uz6N.js';
import './chunk-CJgYoqdY.js';

function A(t,o,n){let r=ue(t.session,o),e=t.session.derive(r),s=te(e,{...n,shared:f(t,o,r),account:o.accountId});return se(s,n.needs),oe(e,s)}function f(t,o,n){let r=o.managementAccountId;return (e,s)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&o.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&r!==void 0)return p(t,r);if(e==="budgets.managementBudgets"&&r!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&r!==void 0)return t.store.get("budgets.alerts",s);let l=r!==void 0&&s?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,s)}}async function p(t,o$1){try{return await t.store.get("fms.adminAccount")}catch(n$1){throw !o(n$1,"access-denied")||!Nt.test(n$1.message)?n$1:new n({...n$1.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${o$1} was told: ${n$1.message})`})}}

export { A as memberSource };
