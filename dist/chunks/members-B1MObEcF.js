import 'node:module';
import { assumeRoleCredentials as ue } from './organization-BD05ahRg.js';
import { liveStore as J, startSlowFacts as Ae, sourceOf as ye } from './live-du05LiFH.js';
import './chunk-D2m8EG5K.js';
import { L as L$1, A as Ae$1 } from './chunk-C_Gc-1Ig.js';
import './select-DWfKmrUd.js';
import { i, b as o } from '../start.js';
import './chunk-G-8Og6wL.js';
import './zod-COQ0gGwo.js';
import './chunk-BL8sRITg.js';
import './dist-es-DyWfMaoL.js';
import './chunk-BlgZU8T5.js';
import './chunk-BR9BnctK.js';
import './ja-DSic3yV3.js';
import './chunk-BjqPMoZt.js';
import './chunk-CrFdek62.js';

function L(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=J(e,{...n,shared:p(t,r,o),account:r.accountId});return Ae(i,n.needs),ye(e,i)}function p(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return w(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let f=o!==void 0&&i!==void 0&&L$1(i)===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&f)return t.store.get(e,i)}}async function w(t,r){try{return await t.store.get("fms.adminAccount")}catch(n){throw !o(n,"access-denied")||!Ae$1.test(n.message)?n:new i({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n.message})`})}}

export { L as memberSource };
