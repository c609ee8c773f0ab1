import 'node:module';
import { assumeRoleCredentials as ue } from './organization-F9YtHqCi.js';
import { liveStore as V, startSlowFacts as pe, sourceOf as me } from './live-iRfw7HiO.js';
import './chunk-djRKQXn0.js';
import { a as Ut } from './chunk-BZBjeMBH.js';
import './chunk-C1hW9rzH.js';
import { i, o } from '../start.js';
import './zod-C6CToU_s.js';
import './chunk-DSDaiXgT.js';
import './chunk-Dpm_mDrN.js';
import './dist-es-BDeL7zgl.js';
import './chunk-CdQrcsLL.js';
import './chunk-9oKs4IEJ.js';
import './chunk-KYmh0Iop.js';
import './chunk-B_YjNJym.js';
import './select-B9OkNPIQ.js';

function F(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=V(e,{...n,shared:f(t,r,o),account:r.accountId});return pe(i,n.needs),me(e,i)}function f(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return p(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let l=o!==void 0&&i?.split(":")[4]===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,i)}}async function p(t,r){try{return await t.store.get("fms.adminAccount")}catch(n){throw !o(n,"access-denied")||!Ut.test(n.message)?n:new i({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n.message})`})}}

export { F as memberSource };
