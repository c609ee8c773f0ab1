import 'node:module';
import { assumeRoleCredentials as D } from './organization-Dtz2fjWA.js';
import { liveStore as J, startSlowFacts as Z, sourceOf as Q } from './live-WojzREx2.js';
import './chunk-BlqwDZdg.js';
import './json-CbDJcAD-.js';
import './zod-BmjRqHiD.js';
import './chunk-h0V_3rep.js';
import './dist-es-CPyuhliJ.js';
import './chunk-Ua7DyTkM.js';
import './chunk-C4Csqat6.js';
import './chunk-BoNb7R9N.js';
import '../start.js';
import './chunk-0X5HUPYa.js';
import './html-BdqXgT7Q.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function S(t,n,r){let e=t.session.derive(D(t.session,n)),o=J(e,{...r,shared:d(t,n)});return Z(o,r.needs),Q(e,o)}function d(t,n){let r=n.managementAccountId;return (e,o)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);let u=r!==void 0&&o?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&u)return t.store.get(e,o)}}

export { S as memberSource };
