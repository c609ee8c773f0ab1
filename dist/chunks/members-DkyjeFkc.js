import 'node:module';
import { assumeRoleCredentials as ue } from './organization-CMHDDM0B.js';
import { liveStore as ie, startSlowFacts as ue$1, sourceOf as de } from './live-DwFyR3Oh.js';
import { B as Bt } from './catalog-DBPX2Auk.js';
import { b as n, d as o } from '../start.js';
import './chunk-DsNQgMbe.js';
import './zod-BbtInBpt.js';
import './chunk-x63O1g2e.js';
import './chunk-DV_O7ZV1.js';
import './dist-es-XXMs0m5D.js';
import './chunk-D7o0Llkz.js';
import './chunk-53BzjMox.js';
import './chunk-BMUNDXoe.js';
import './chunk-QYhzQDze.js';
import './chunk-BFAUMsNa.js';
import './chunk-DMBcGSRd.js';
import './select-RsngCFUB.js';

function F(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=ie(e,{...n,shared:f(t,r,o),account:r.accountId});return ue$1(i,n.needs),de(e,i)}function f(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return p(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let l=o!==void 0&&i?.split(":")[4]===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,i)}}async function p(t,r){try{return await t.store.get("fms.adminAccount")}catch(n$1){throw !o(n$1,"access-denied")||!Bt.test(n$1.message)?n$1:new n({...n$1.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n$1.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n$1.message})`})}}

export { F as memberSource };
