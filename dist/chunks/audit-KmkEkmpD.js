import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-C5RWG0oT.js';
import { K, _, G } from './markdown-Ba26EQUj.js';
import { b, i } from './chunk-DJtUjwHd.js';
import { w as wr, h as hr, g as gr } from './json-qDNYeNxO.js';
import { g as c, p, a as o, s } from '../start.js';
import './select-BHtS9wsz.js';
import './chunk-w1q_JlLi.js';
import './chunk-DnpGz55t.js';

var h=p(o(),1);async function Q(a,n){let t=await Ve(a,n.env,n.cwd),r=wr(a.parallel),i$1=hr(a.framework),p=gr(a.format?.length?a.format:t.config.formats,n.env);for(let o of p)o.path&&b((0, h.resolve)(n.cwd,o.path),o.path);let l=!a.quiet&&n.stderrIsTty(),s=await T(a,r,t,n,l),{operations:c$1}=s,e=K(s.report,i$1),d=(t.shard!==void 0||n.claim!==void 0)&&e.accounts.length===0;if(d&&!n.progressSink&&n.stderr(`aws-baseline: ${i(t.lang).emptyShard(t.shard?.index??0,t.shard?.count??0)}
`),e.summary.total===0&&!d)throw c();let w=await Promise.all(p.map(async o=>({target:o,texts:await _(o,e,{...a,sarifLocations:t.config.sarif?.locations},n)})));if(G(w,n),!a.quiet&&!n.progressSink&&p.every(o=>o.path!==void 0)){let o=Object.entries(e.summary.byStatus).filter(([,u])=>u>0).map(([u,q])=>`${q} ${u}`).join(", ");n.stderr(`aws-baseline: ${i(t.lang).written(o,e.summary.gating,e.exitCode,p.map(u=>u.path).join(", "))}
`);}if(!a.quiet){for(let o of e.accounts[0]?.suppressions.expired??[])n.stderr(`aws-baseline: ${i(t.lang).expired(o.check,o.resource??"*",o.expires??"")}
`);for(let o of Ce(e.accounts))n.stderr(`aws-baseline: ${i(t.lang).stale(o.check,o.resource??"*")}
`);}return a.verbose&&c$1&&n.stderr(`aws-baseline: ${i(t.lang).operations(c$1.length,E(c$1))}
`),e.exitCode}async function T(a,n,t,r,i){if(t.accounts&&!a.snapshot){let{auditInProcesses:w,processCount:o}=await import('./parallel-BSKLJfKw.js'),u=o(n,t,r);if(u>1)return {report:await w(u,t,r,i)}}let p=new Date,{audits:l,summary:s,operations:c,clock:e,scope:d}=await D(a,t,r,i);return {report:tn(l,t,s,p,new Date,e,d),operations:c}}async function D(a,n,t,r){if(n.accounts){let s=on(t.env),{auditAccounts:c}=await import('./organization-uuVGWGWS.js'),e=await c(a,n,s.now,t,r);return {audits:e.audits,summary:{kind:"live",paidCalls:e.paidCalls},operations:e.operations,clock:s,scope:e.scope}}if(a.snapshot){let s=await ze((0, h.resolve)(t.cwd,a.snapshot),a.snapshot);if(en(s)){let c=on(t.env,s.collectedAt),e=[s.accounts.map(o=>({id:o.id,...o.name?{name:o.name}:{},open:()=>o.source}))],{auditEach:d}=await import('./organization-uuVGWGWS.js');return {audits:(await d(e,n,c.now,t,r)).audits,summary:{kind:"snapshot",snapshot:a.snapshot,paidCalls:0},operations:[],clock:c,scope:{...s.organization?{organization:s.organization}:{},...s.notListed?{notListed:s.notListed}:{}}}}}if(n.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let i$1=await S(a,n,t),p=on(t.env,i$1.collectedAt);return r&&t.stderr(`aws-baseline: ${i(n.lang).evaluating(n.checks.length)}
`),{audits:[await nn(i$1,n,p.now)],summary:{kind:i$1.kind,...i$1.snapshot?{snapshot:i$1.snapshot}:{},paidCalls:i$1.paidCalls()},operations:i$1.operations(),clock:p}}function E(a){let n=new Map;for(let t of a)n.set(t,(n.get(t)??0)+1);return [...n].map(([t,r])=>r>1?`${t} \xD7${r}`:t).join(", ")}

export { Q as auditCommand };
