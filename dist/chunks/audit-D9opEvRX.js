import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-YiNI4-5c.js';
import { K, _, G } from './html-CNchUwxD.js';
import { b, i } from './chunk-TriIVVHK.js';
import { w as wr, h as hr, g as gr } from './json-DSu2rr2C.js';
import { g as c, p, a as o, s } from '../start.js';
import './select-BHtS9wsz.js';
import './zod-PWkLPXjn.js';
import './chunk-DnpGz55t.js';

var f=p(o(),1);async function N(n,t){let o=await Ve(n,t.env,t.cwd),i$1=wr(n.parallel),r=hr(n.framework),c$1=gr(n.format?.length?n.format:o.config.formats,t.env);for(let a of c$1)a.path&&b((0, f.resolve)(t.cwd,a.path),a.path);let l=!n.quiet&&t.stderrIsTty(),s=await T(n,i$1,o,t,l),{operations:p}=s,e=K(s.report,r),d=(o.shard!==void 0||t.claim!==void 0)&&e.accounts.length===0;if(d&&!t.progressSink&&t.stderr(`aws-baseline: ${i(o.lang).emptyShard(o.shard?.index??0,o.shard?.count??0)}
`),e.summary.total===0&&!d)throw c();let w=await Promise.all(c$1.map(async a=>({target:a,texts:await _(a,e,{...n,sarifLocations:o.config.sarif?.locations},t)})));if(G(w,t),!n.quiet&&!t.progressSink&&c$1.every(a=>a.path!==void 0)){let a=Object.entries(e.summary.byStatus).filter(([,u])=>u>0).map(([u,q])=>`${q} ${u}`).join(", ");t.stderr(`aws-baseline: ${i(o.lang).written(a,e.summary.gating,e.exitCode,c$1.map(u=>u.path).join(", "))}
`);}if(!n.quiet){for(let a of e.accounts[0]?.suppressions.expired??[])t.stderr(`aws-baseline: ${i(o.lang).expired(a.check,a.resource??"*",a.expires??"")}
`);for(let a of Ce(e.accounts))t.stderr(`aws-baseline: ${i(o.lang).stale(a.check,a.resource??"*")}
`);}return n.verbose&&p&&t.stderr(`aws-baseline: ${i(o.lang).operations(p.join(", "))}
`),e.exitCode}async function T(n,t,o,i,r){if(o.accounts&&!n.snapshot){let{auditInProcesses:w,processCount:a}=await import('./parallel-HGhZrEND.js'),u=a(t,o,i);if(u>1)return {report:await w(u,o,i,r)}}let c=new Date,{audits:l,summary:s,operations:p,clock:e,scope:d}=await D(n,o,i,r);return {report:tn(l,o,s,c,new Date,e,d),operations:p}}async function D(n,t,o,i$1){if(t.accounts){let s=on(o.env),{auditAccounts:p}=await import('./organization-jaMO84v0.js'),e=await p(n,t,s.now,o,i$1);return {audits:e.audits,summary:{kind:"live",paidCalls:e.paidCalls},operations:e.operations,clock:s,scope:e.scope}}if(n.snapshot){let s=await ze((0, f.resolve)(o.cwd,n.snapshot),n.snapshot);if(en(s)){let p=on(o.env,s.collectedAt),e=[s.accounts.map(a=>({id:a.id,...a.name?{name:a.name}:{},open:()=>a.source}))],{auditEach:d}=await import('./organization-jaMO84v0.js');return {audits:(await d(e,t,p.now,o,i$1)).audits,summary:{kind:"snapshot",snapshot:n.snapshot,paidCalls:0},operations:[],clock:p,scope:{...s.organization?{organization:s.organization}:{},...s.notListed?{notListed:s.notListed}:{}}}}}if(t.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let r=await S(n,t,o),c=on(o.env,r.collectedAt);return i$1&&o.stderr(`aws-baseline: ${i(t.lang).evaluating(t.checks.length)}
`),{audits:[await nn(r,t,c.now)],summary:{kind:r.kind,...r.snapshot?{snapshot:r.snapshot}:{},paidCalls:r.paidCalls()},operations:r.operations(),clock:c}}

export { N as auditCommand };
