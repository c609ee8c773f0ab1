import 'node:module';
import { assumeRoleCredentials as ue } from './organization-DktkZklq.js';
import { liveStore as Y, startSlowFacts as we, sourceOf as he } from './live-DYcWI7BM.js';
import './chunk-CzMiLJSg.js';
import { x as xt } from './chunk-DNJfBnGj.js';
import './select-DCgIvEId.js';
import { i, b as o } from '../start.js';
import './chunk-BnSnaH7h.js';
import './zod-CKte0h3d.js';
import './ja-D91I5Qna.js';
import './chunk-COIYQh9c.js';
import './dist-es-CxTc3DfN.js';
import './chunk-DpEAL4mV.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import './chunk-D8On969z.js';

function F(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=Y(e,{...n,shared:f(t,r,o),account:r.accountId});return we(i,n.needs),he(e,i)}function f(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return p(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let l=o!==void 0&&i?.split(":")[4]===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,i)}}async function p(t,r){try{return await t.store.get("fms.adminAccount")}catch(n){throw !o(n,"access-denied")||!xt.test(n.message)?n:new i({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n.message})`})}}

export { F as memberSource };
