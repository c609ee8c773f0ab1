import 'node:module';
import { i } from './select-BnEIHk8c.js';
import { V as Ve, C as Ce, t as tn, s as sn, z as ze, e as en, S, n as nn } from './chunk-qAsUs2V5.js';
import { v, O } from './markdown-DECqYAT0.js';
import { b } from './html-uEb2IIGu.js';
import { x as xa, v as va } from './json-u2sQlfMn.js';
import { g as c, p, a as o, s } from '../start.js';
import './chunk-DnpGz55t.js';

var h=p(o(),1);async function G(n,t){let a=await Ve(n,t.env,t.cwd),i$1=xa(n.parallel),s=va(n.format?.length?n.format:a.config.formats,t.env);for(let o of s)o.path&&b((0, h.resolve)(t.cwd,o.path),o.path);let u=!n.quiet&&t.stderrIsTty(),{report:c$1,operations:r}=await J(n,i$1,a,t,u),p=(a.shard!==void 0||t.claim!==void 0)&&c$1.accounts.length===0;if(p&&!t.progressSink&&t.stderr(`aws-baseline: ${i(a.lang).emptyShard(a.shard?.index??0,a.shard?.count??0)}
`),c$1.summary.total===0&&!p)throw c();let e=await Promise.all(s.map(async o=>({target:o,texts:await v(o,c$1,{...n,sarifLocations:a.config.sarif?.locations},t)})));if(O(e,t),!n.quiet){for(let o of c$1.accounts[0]?.suppressions.expired??[])t.stderr(`aws-baseline: ${i(a.lang).expired(o.check,o.resource??"*",o.expires??"")}
`);for(let o of Ce(c$1.accounts))t.stderr(`aws-baseline: ${i(a.lang).stale(o.check,o.resource??"*")}
`);}return n.verbose&&r&&t.stderr(`aws-baseline: ${i(a.lang).operations(r.join(", "))}
`),c$1.exitCode}async function J(n,t,a,i,s){if(a.accounts&&!n.snapshot){let{auditInProcesses:f,processCount:d}=await import('./parallel-audit-DdIn3FzU.js'),w=d(t,a,i);if(w>1)return {report:await f(w,a,i,s)}}let u=new Date,{audits:c,summary:r,operations:p,clock:e,organization:o}=await T(n,a,i,s);return {report:tn(c,a,r,u,new Date,e,o),operations:p}}async function T(n,t,a,i$1){if(t.accounts){let r=sn(a.env),{auditAccounts:p}=await import('./organization-audit-FW-frdEo.js'),e=await p(n,t,r.now,a,i$1);return {audits:e.audits,summary:{kind:"live",paidCalls:e.paidCalls},operations:e.operations,clock:r,...e.organization?{organization:e.organization}:{}}}if(n.snapshot){let r=await ze((0, h.resolve)(a.cwd,n.snapshot),n.snapshot);if(en(r)){let p=sn(a.env,r.collectedAt),e=[r.accounts.map(d=>({id:d.id,...d.name?{name:d.name}:{},open:()=>d.source}))],{auditEach:o}=await import('./organization-audit-FW-frdEo.js');return {audits:(await o(e,t,p.now,a,i$1)).audits,summary:{kind:"snapshot",snapshot:n.snapshot,paidCalls:0},operations:[],clock:p,...r.organization?{organization:r.organization}:{}}}}if(t.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let s$1=await S(n,t,a),u=sn(a.env,s$1.collectedAt);return i$1&&a.stderr(`aws-baseline: ${i(t.lang).evaluating(t.checks.length)}
`),{audits:[await nn(s$1,t,u.now)],summary:{kind:s$1.kind,...s$1.snapshot?{snapshot:s$1.snapshot}:{},paidCalls:s$1.paidCalls()},operations:s$1.operations(),clock:u}}

export { G as auditCommand };
