import 'node:module';
import { liveStore as J, startSlowFacts as Ae, sourceOf as ye } from './live-B4zIT9H1.js';
import { assumeRoleCredentials as ue } from './organization-BgZavIVx.js';
import './chunk-D7Pgmpt8.js';
import { Q as Qt } from './chunk-cFG6h1Ux.js';
import './select-C1Cjgwdx.js';
import { i, b as o } from '../start.js';
import './chunk-B_DOo5iM.js';
import './zod-COQ0gGwo.js';
import './chunk--xCvkFsq.js';
import './dist-es-DlZOdEE0.js';
import './chunk-BP-eWJAZ.js';
import './chunk-BR9BnctK.js';
import './ja-DSic3yV3.js';
import './chunk-BjqPMoZt.js';
import './chunk-Bf0-z0sy.js';

function F(t,r,n){let o=ue(t.session,r),e=t.session.derive(o),i=J(e,{...n,shared:f(t,r,o),account:r.accountId});return Ae(i,n.needs),ye(e,i)}function f(t,r,n){let o=r.managementAccountId;return (e,i)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&r.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&o!==void 0)return p(t,o);if(e==="budgets.managementBudgets"&&o!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&o!==void 0)return t.store.get("budgets.alerts",i);let l=o!==void 0&&i?.split(":")[4]===o;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&l)return t.store.get(e,i)}}async function p(t,r){try{return await t.store.get("fms.adminAccount")}catch(n){throw !o(n,"access-denied")||!Qt.test(n.message)?n:new i({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${r} was told: ${n.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${r} \u3078\u306E\u5FDC\u7B54: ${n.message})`})}}

export { F as memberSource };
