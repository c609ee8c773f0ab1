import 'node:module';
import { L as Lt } from './chunk-C0Tv1k3u.js';
import { s, p } from '../start.js';

var i=p(Lt(),1);function c(e){return e.includes(".")||/[*?[\]{}!]/.test(e)?e:`${e}.*`}function k(e,o,t){let r=o?.map(c),d=t?.map(c),h=[...o??[],...t??[]].filter(n=>!e.some(s=>i.default.isMatch(s.id,c(n))));if(h.length>0){let n=h.map(s=>`"${s}"`).join(", ");throw new s(`no check matches ${n} (see "aws-baseline checks")`,`${n} \u306B\u4E00\u81F4\u3059\u308B\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u305B\u3093("aws-baseline checks" \u3092\u53C2\u7167)`)}return e.filter(n=>(!r?.length||r.some(s=>i.default.isMatch(n.id,s)))&&!d?.some(s=>i.default.isMatch(n.id,s)))}

export { k as selectChecks };
