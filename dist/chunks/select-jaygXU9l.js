import 'node:module';
import { L as Lt } from './chunk-Bi_ujIUR.js';
import { s, p as p$1 } from '../start.js';

var t=p$1(Lt(),1);function r(e){return e.includes(".")||/[*?[\]{}!]/.test(e)?e:`${e}.*`}function a(e,o,s$1){let c=o?.map(r),m=s$1?.map(r),d=[...o??[],...s$1??[]].filter(n=>!e.some(i=>t.default.isMatch(i.id,r(n))));if(d.length>0){let n=d.map(i=>`"${i}"`).join(", ");throw new s(`no check matches ${n} (see "aws-baseline checks")`,`${n} \u306B\u4E00\u81F4\u3059\u308B\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u305B\u3093("aws-baseline checks" \u3092\u53C2\u7167)`)}return e.filter(n=>(!c?.length||c.some(i=>t.default.isMatch(n.id,i)))&&!m?.some(i=>t.default.isMatch(n.id,i)))}function p(e,o){return o===void 0?true:e!==void 0&&e.path.some(s=>o.includes(s.id))}

export { a as selectChecks, p as underUnits };
