import 'node:module';
import { L as Lt } from './chunk-DnpGz55t.js';
import { s as s$1, p } from '../start.js';

var s={en:{accountsAudited:e=>`${e} account(s) audited`,emptyShard:(e,n)=>`shard ${e}/${n} holds none of the accounts: its report is empty, and merge judges the whole`,evaluating:e=>`evaluating ${e} checks\u2026`,expired:(e,n,r)=>`warning: the suppression of ${e} ${n} expired on ${r} and no longer applies`,stale:(e,n)=>`warning: the suppression of ${e} ${n} matched nothing (stale: consider removing it)`,operations:e=>`operations sent: ${e||"none"}`,wrote:(e,n,r,t)=>`wrote ${e}: ${n} facts (${r} could not be read), ${t} regions`},ja:{accountsAudited:e=>`${e} \u30A2\u30AB\u30A6\u30F3\u30C8\u3092\u76E3\u67FB\u3057\u307E\u3057\u305F`,emptyShard:(e,n)=>`\u30B7\u30E3\u30FC\u30C9 ${e}/${n} \u306B\u8A72\u5F53\u3059\u308B\u30A2\u30AB\u30A6\u30F3\u30C8\u306F\u3042\u308A\u307E\u305B\u3093\u3002\u30EC\u30DD\u30FC\u30C8\u306F\u7A7A\u3067\u3001\u5168\u4F53\u306F merge \u3067\u5224\u5B9A\u3055\u308C\u307E\u3059`,evaluating:e=>`${e} \u4EF6\u306E\u30C1\u30A7\u30C3\u30AF\u3092\u8A55\u4FA1\u3057\u3066\u3044\u307E\u3059\u2026`,expired:(e,n,r)=>`\u8B66\u544A: ${e} ${n} \u306E\u6291\u5236\u306F ${r} \u306B\u671F\u9650\u5207\u308C\u3068\u306A\u308A\u3001\u9069\u7528\u3055\u308C\u3066\u3044\u307E\u305B\u3093`,stale:(e,n)=>`\u8B66\u544A: ${e} ${n} \u306E\u6291\u5236\u306F\u3069\u306E\u7D50\u679C\u306B\u3082\u4E00\u81F4\u3057\u307E\u305B\u3093\u3067\u3057\u305F(\u524A\u9664\u3092\u691C\u8A0E\u3057\u3066\u304F\u3060\u3055\u3044)`,operations:e=>`\u9001\u4FE1\u3057\u305F\u64CD\u4F5C: ${e||"\u306A\u3057"}`,wrote:(e,n,r,t)=>`${e} \u3092\u66F8\u304D\u51FA\u3057\u307E\u3057\u305F: \u30D5\u30A1\u30AF\u30C8 ${n} \u4EF6(\u8AAD\u3081\u306A\u304B\u3063\u305F\u3082\u306E ${r} \u4EF6)\u3001${t} \u30EA\u30FC\u30B8\u30E7\u30F3`}},i$1=e=>s[e];

var i=p(Lt(),1);function c(e){return e.includes(".")||/[*?[\]{}!]/.test(e)?e:`${e}.*`}function k(e,o,t){let r=o?.map(c),d=t?.map(c),h=[...o??[],...t??[]].filter(n=>!e.some(s=>i.default.isMatch(s.id,c(n))));if(h.length>0){let n=h.map(s=>`"${s}"`).join(", ");throw new s$1(`no check matches ${n} (see "aws-baseline checks")`,`${n} \u306B\u4E00\u81F4\u3059\u308B\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u305B\u3093("aws-baseline checks" \u3092\u53C2\u7167)`)}return e.filter(n=>(!r?.length||r.some(s=>i.default.isMatch(n.id,s)))&&!d?.some(s=>i.default.isMatch(n.id,s)))}

var selectXJRN4JDA = /*#__PURE__*/Object.freeze({
	__proto__: null,
	selectChecks: k
});

export { i$1 as i, k, selectXJRN4JDA as s };
