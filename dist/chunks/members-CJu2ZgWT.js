import 'node:module';
import { assumeRoleCredentials as ue } from './organization-BRP8RcKw.js';
import { liveStore as ie, startSlowFacts as ue$1, sourceOf as de } from './live-lsWU1FOk.js';
import { B as Bt } from './catalog-CLeXmTLJ.js';
import { b as n, d as o } from '../start.js';
import './chunk-BSKnxhfe.js';
import './zod-BbtInBpt.js';
import './chunk-4XdtQs4O.js';
import './chunk-Cvt5Vgs0.js';
import './dist-es-C-FzqG4D.js';
import './chunk-Sl-YNnM7.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import './chunk-D7bWr45u.js';
import './chunk-C_6wN59D.js';
import './chunk-D94Aa7sU.js';
import './select-ByCEktG6.js';

function F(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=ie(e,{...n,shared:f(t,r,o),account:r.accountId});return ue$1(i,n.needs),de(e,i)}function f(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return p(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let l=o!==void 0&&i?.split(":")[4]===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,i)}}async function p(t,r){try{return await t.store.get("fms.adminAccount")}catch(n$1){throw !o(n$1,"access-denied")||!Bt.test(n$1.message)?n$1:new n({...n$1.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n$1.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n$1.message})`})}}

export { F as memberSource };
