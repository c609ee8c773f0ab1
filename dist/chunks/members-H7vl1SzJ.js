import 'node:module';
import { assumeRoleCredentials as ue } from './organization-uBBEnh5y.js';
import { liveStore as J, startSlowFacts as Ae, sourceOf as ye } from './live-TllDoZJj.js';
import './chunk-BNd_xdwa.js';
import { L as L$1, O as Oe } from './chunk-dvrITMcL.js';
import './select-DWfKmrUd.js';
import { i, b as o } from '../start.js';
import './chunk-BbtFwiBO.js';
import './zod-COQ0gGwo.js';
import './chunk-dQToHruX.js';
import './dist-es-Cl7IjsvG.js';
import './chunk-CnLxy0kx.js';
import './chunk-BR9BnctK.js';
import './ja-DSic3yV3.js';
import './chunk-BjqPMoZt.js';
import './chunk-CrFdek62.js';

function L(t,o,n){let r=ue(t.session,o),e=t.session.derive(r),s=J(e,{...n,shared:p(t,o,r),account:o.accountId});return Ae(s,n.needs),ye(e,s)}function p(t,o,n){let r=o.managementAccountId;return (e,s)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);if(e==="organizations.organization"&&o.inCallersOrganization)return n().then(()=>t.store.get(e));if(e==="fms.adminAccount"&&r!==void 0)return w(t,r);if(e==="budgets.managementBudgets"&&r!==void 0)return t.store.get("budgets.budgets");if(e==="budgets.managementAlerts"&&r!==void 0)return t.store.get("budgets.alerts",s);if(e==="sso.managementInstances"&&r!==void 0)return t.store.get("sso.instances",s);let f=r!==void 0&&s!==void 0&&L$1(s)===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&f)return t.store.get(e,s)}}async function w(t,o$1){try{return await t.store.get("fms.adminAccount")}catch(n){throw !o(n,"access-denied")||!Oe.test(n.message)?n:new i({...n.toJSON(),code:"ResourceNotFoundException",kind:"not-found",message:`no Firewall Manager administrator (the management account ${o$1} was told: ${n.message})`,ja:`Firewall Manager \u306E\u7BA1\u7406\u8005\u304C\u3044\u307E\u305B\u3093(\u7BA1\u7406\u30A2\u30AB\u30A6\u30F3\u30C8 ${o$1} \u3078\u306E\u5FDC\u7B54: ${n.message})`})}}

export { L as memberSource };
