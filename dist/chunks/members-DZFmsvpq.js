import 'node:module';
import { assumeRoleCredentials as D } from './organization-BCETrNYe.js';
import { liveStore as J, startSlowFacts as Z, sourceOf as Q } from './live-DLj64pgX.js';
import './chunk-D-1gdjPw.js';
import './json-BpRQsby4.js';
import './zod-BmjRqHiD.js';
import './chunk-Crv_xDGr.js';
import './dist-es-4ehUtUWR.js';
import './chunk-BCbf6CFI.js';
import './chunk-B5BO2XBb.js';
import './chunk-0NwHlCsV.js';
import '../start.js';
import './chunk-Bo1ZJfvy.js';
import './html-XxQ_L71u.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function S(t,n,r){let e=t.session.derive(D(t.session,n)),o=J(e,{...r,shared:d(t,n)});return Z(o,r.needs),Q(e,o)}function d(t,n){let r=n.managementAccountId;return (e,o)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);let u=r!==void 0&&o?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&u)return t.store.get(e,o)}}

export { S as memberSource };
