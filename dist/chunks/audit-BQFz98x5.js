import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-Cm9_lBL8.js';
import { v, O } from './junit-e4h58Mio.js';
import { b, i } from './html-By5_NSdN.js';
import { o as or, Q as Qa } from './json-BySBJ7Ax.js';
import { g as c, p, a as o, s } from '../start.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

var h=p(o(),1);async function G(a,t){let o=await Ve(a,t.env,t.cwd),i$1=or(a.parallel),e=Qa(a.format?.length?a.format:o.config.formats,t.env);for(let n of e)n.path&&b((0, h.resolve)(t.cwd,n.path),n.path);let u=!a.quiet&&t.stderrIsTty(),{report:c$1,operations:s}=await z(a,i$1,o,t,u),p=(o.shard!==void 0||t.claim!==void 0)&&c$1.accounts.length===0;if(p&&!t.progressSink&&t.stderr(`aws-baseline: ${i(o.lang).emptyShard(o.shard?.index??0,o.shard?.count??0)}
`),c$1.summary.total===0&&!p)throw c();let r=await Promise.all(e.map(async n=>({target:n,texts:await v(n,c$1,{...a,sarifLocations:o.config.sarif?.locations},t)})));if(O(r,t),!a.quiet){for(let n of c$1.accounts[0]?.suppressions.expired??[])t.stderr(`aws-baseline: ${i(o.lang).expired(n.check,n.resource??"*",n.expires??"")}
`);for(let n of Ce(c$1.accounts))t.stderr(`aws-baseline: ${i(o.lang).stale(n.check,n.resource??"*")}
`);}return a.verbose&&s&&t.stderr(`aws-baseline: ${i(o.lang).operations(s.join(", "))}
`),c$1.exitCode}async function z(a,t,o,i,e){if(o.accounts&&!a.snapshot){let{auditInProcesses:f,processCount:d}=await import('./parallel-9cUHY8eT.js'),w=d(t,o,i);if(w>1)return {report:await f(w,o,i,e)}}let u=new Date,{audits:c,summary:s,operations:p,clock:r,scope:n}=await J(a,o,i,e);return {report:tn(c,o,s,u,new Date,r,n),operations:p}}async function J(a,t,o,i$1){if(t.accounts){let s=on(o.env),{auditAccounts:p}=await import('./organization-BOks_viD.js'),r=await p(a,t,s.now,o,i$1);return {audits:r.audits,summary:{kind:"live",paidCalls:r.paidCalls},operations:r.operations,clock:s,scope:r.scope}}if(a.snapshot){let s=await ze((0, h.resolve)(o.cwd,a.snapshot),a.snapshot);if(en(s)){let p=on(o.env,s.collectedAt),r=[s.accounts.map(d=>({id:d.id,...d.name?{name:d.name}:{},open:()=>d.source}))],{auditEach:n}=await import('./organization-BOks_viD.js');return {audits:(await n(r,t,p.now,o,i$1)).audits,summary:{kind:"snapshot",snapshot:a.snapshot,paidCalls:0},operations:[],clock:p,scope:{...s.organization?{organization:s.organization}:{},...s.notListed?{notListed:s.notListed}:{}}}}}if(t.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let e=await S(a,t,o),u=on(o.env,e.collectedAt);return i$1&&o.stderr(`aws-baseline: ${i(t.lang).evaluating(t.checks.length)}
`),{audits:[await nn(e,t,u.now)],summary:{kind:e.kind,...e.snapshot?{snapshot:e.snapshot}:{},paidCalls:e.paidCalls()},operations:e.operations(),clock:u}}

export { G as auditCommand };
