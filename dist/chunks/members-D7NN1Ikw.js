import 'node:module';
import { assumeRoleCredentials as D } from './organization-ClvNwfNo.js';
import { liveStore as X, startSlowFacts as Q, sourceOf as V } from './live-BKl_j-WO.js';
import './chunk-DLWqzN0O.js';
import './json-BZrDeWzN.js';
import './zod-BmjRqHiD.js';
import './chunk-Cx4u4deO.js';
import './dist-es-BmwvqpP7.js';
import './chunk-vR77w-Dr.js';
import './chunk-CPCb2dUG.js';
import './chunk-BtR4L_Um.js';
import '../start.js';
import './chunk-CaH6dtBx.js';
import './html-cLH756ug.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

function S(t,n,r){let e=t.session.derive(D(t.session,n)),o=X(e,{...r,shared:d(t,n)});return Q(o,r.needs),V(e,o)}function d(t,n){let r=n.managementAccountId;return (e,o)=>{if(e==="iam.organizationsFeatures")return t.store.get(e);let u=r!==void 0&&o?.split(":")[4]===r;if((e==="cloudtrail.trailStatus"||e==="cloudtrail.eventSelectors")&&u)return t.store.get(e,o)}}

export { S as memberSource };
