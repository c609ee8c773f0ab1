import 'node:module';
import { S, m as m$1 } from './chunk-dsJZXagH.js';
import { z as z$1, F, J as J$1, a as v, p as p$1, f, T, I } from './chunk-CTGtydMf.js';
import { K } from './chunk-BUJLVzUj.js';
import { p, o, s } from '../start.js';

var m=p(o(),1);async function J(t,e,r="JSON report"){let n=await J$1((0, m.resolve)(e,t),"report");return {file:t,report:await v(S,{...n,file:t},r)}}var x=z$1;async function z(t,e,r=x){let n=(0, m.resolve)(e,t);if(n.endsWith(".json")&&F(n)>=r){let s=M(n,t);if(s)return s}return J(t,e)}function d(t,e){let r=T(e);if(!r)return;let n=t.safeParse(r);return n.success?n.data:void 0}function M(t,e){let r=K(t,"accounts");if(!r||r.items.length===0)return;let n=d(S,r.envelope);if(!n)return;let s=_(t,e),o=p$1(),i=[];for(let c of r.items){let u=d(m$1,s.text(c));if(!u)return;f(o,u.results);let{id:T}=u;i.push(O(u,()=>s.read(c,T)));}return {file:e,report:{...n,accounts:i},tally:o}}function O(t,e){return {id:t.id,...t.name===void 0?{}:{name:t.name},...t.ou?{ou:t.ou}:{},partition:t.partition,regions:t.regions,get results(){return e().results},get checks(){return e().checks},get suppressions(){return e().suppressions}}}function _(t,e){let r,n=o=>I(t,o.start,o.end).toString("utf8");return {text:n,read:(o,i)=>{if(r?.place===o)return r.account;let c=d(m$1,n(o));if(c?.id!==i)throw new s(`${e}: the report changed while it was being merged (account ${i}): merge it again`,`${e}: \u7D50\u5408\u4E2D\u306B\u30EC\u30DD\u30FC\u30C8\u304C\u5909\u66F4\u3055\u308C\u307E\u3057\u305F(\u30A2\u30AB\u30A6\u30F3\u30C8 ${i}): \u7D50\u5408\u3092\u3084\u308A\u76F4\u3057\u3066\u304F\u3060\u3055\u3044`);return r={place:o,account:c},c}}}

export { J, z };
