import 'node:module';
import { i } from './select-BnEIHk8c.js';
import { H as He, m as me, B as Be, Z as Ze, W as We, Y as Ye, S as S$1, q as qe } from './chunk-C8382cz3.js';
import { g, x } from './junit-CXSEV-Yb.js';
import { S } from './html-C3jrdRNF.js';
import { x as xa, v as va } from './json-DosL5RGz.js';
import { g as c, p, a as o, s } from '../start.js';
import './chunk-DnpGz55t.js';

var f=p(o(),1);async function G(o,t){let a=await He(o,t.env,t.cwd),i$1=xa(o.parallel),s=va(o.format?.length?o.format:a.config.formats,t.env);for(let n of s)n.path&&S((0, f.resolve)(t.cwd,n.path),n.path);let u=!o.quiet&&t.stderrIsTty(),{report:c$1,operations:r}=await J(o,i$1,a,t,u),p=(a.shard!==void 0||t.claim!==void 0)&&c$1.accounts.length===0;if(p&&!t.progressSink&&t.stderr(`aws-baseline: ${i(a.lang).emptyShard(a.shard?.index??0,a.shard?.count??0)}
`),c$1.summary.total===0&&!p)throw c();let e=await Promise.all(s.map(async n=>({target:n,texts:await g(n,c$1,{...o,sarifLocations:a.config.sarif?.locations},t)})));for(let{target:n,texts:l}of e)x(n,l,t);if(!o.quiet){for(let n of c$1.accounts[0]?.suppressions.expired??[])t.stderr(`aws-baseline: ${i(a.lang).expired(n.check,n.resource??"*",n.expires??"")}
`);for(let n of me(c$1.accounts))t.stderr(`aws-baseline: ${i(a.lang).stale(n.check,n.resource??"*")}
`);}return o.verbose&&r&&t.stderr(`aws-baseline: ${i(a.lang).operations(r.join(", "))}
`),c$1.exitCode}async function J(o,t,a,i,s){if(a.accounts&&!o.snapshot){let{auditInProcesses:l,processCount:d}=await import('./parallel-audit-BasrOFo-.js'),w=d(t,a,i);if(w>1)return {report:await l(w,a,i,s)}}let u=new Date,{audits:c,summary:r,operations:p,clock:e,organization:n}=await T(o,a,i,s);return {report:Be(c,a,r,u,new Date,e,n),operations:p}}async function T(o,t,a,i$1){if(t.accounts){let r=Ze(a.env),{auditAccounts:p}=await import('./organization-audit-BFUqhCdu.js'),e=await p(o,t,r.now,a,i$1);return {audits:e.audits,summary:{kind:"live",paidCalls:e.paidCalls},operations:e.operations,clock:r,...e.organization?{organization:e.organization}:{}}}if(o.snapshot){let r=await We((0, f.resolve)(a.cwd,o.snapshot),o.snapshot);if(Ye(r)){let p=Ze(a.env,r.collectedAt),e=[r.accounts.map(d=>({id:d.id,...d.name?{name:d.name}:{},open:()=>d.source}))],{auditEach:n}=await import('./organization-audit-BFUqhCdu.js');return {audits:(await n(e,t,p.now,a,i$1)).audits,summary:{kind:"snapshot",snapshot:o.snapshot,paidCalls:0},operations:[],clock:p,...r.organization?{organization:r.organization}:{}}}}if(t.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let s$1=await S$1(o,t,a),u=Ze(a.env,s$1.collectedAt);return i$1&&a.stderr(`aws-baseline: ${i(t.lang).evaluating(t.checks.length)}
`),{audits:[await qe(s$1,t,u.now)],summary:{kind:s$1.kind,...s$1.snapshot?{snapshot:s$1.snapshot}:{},paidCalls:s$1.paidCalls()},operations:s$1.operations(),clock:u}}

export { G as auditCommand };
