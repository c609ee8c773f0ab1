import 'node:module';
import { v, O } from './junit-LxPMUGmB.js';
import { b, i } from './html-BN_bsZdi.js';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-CcK48cxt.js';
import { K as Kr, D as Dr } from './json-Cf5nFxaF.js';
import { g as c, p, a as o, s } from '../start.js';
import './select-BHtS9wsz.js';
import './chunk-DnpGz55t.js';

var y=p(o(),1);async function B(o,t){let a=await Ve(o,t.env,t.cwd),c$1=Kr(o.parallel),e=Dr(o.format?.length?o.format:a.config.formats,t.env);for(let n of e)n.path&&b((0, y.resolve)(t.cwd,n.path),n.path);let l=!o.quiet&&t.stderrIsTty(),{report:r,operations:s}=await q(o,c$1,a,t,l),p=(a.shard!==void 0||t.claim!==void 0)&&r.accounts.length===0;if(p&&!t.progressSink&&t.stderr(`aws-baseline: ${i(a.lang).emptyShard(a.shard?.index??0,a.shard?.count??0)}
`),r.summary.total===0&&!p)throw c();let i$1=await Promise.all(e.map(async n=>({target:n,texts:await v(n,r,{...o,sarifLocations:a.config.sarif?.locations},t)})));if(O(i$1,t),!o.quiet&&!t.progressSink&&e.every(n=>n.path!==void 0)){let n=Object.entries(r.summary.byStatus).filter(([,u])=>u>0).map(([u,d])=>`${d} ${u}`).join(", ");t.stderr(`aws-baseline: ${i(a.lang).written(n,r.summary.gating,r.exitCode,e.map(u=>u.path).join(", "))}
`);}if(!o.quiet){for(let n of r.accounts[0]?.suppressions.expired??[])t.stderr(`aws-baseline: ${i(a.lang).expired(n.check,n.resource??"*",n.expires??"")}
`);for(let n of Ce(r.accounts))t.stderr(`aws-baseline: ${i(a.lang).stale(n.check,n.resource??"*")}
`);}return o.verbose&&s&&t.stderr(`aws-baseline: ${i(a.lang).operations(s.join(", "))}
`),r.exitCode}async function q(o,t,a,c,e){if(a.accounts&&!o.snapshot){let{auditInProcesses:u,processCount:d}=await import('./parallel-CCrz8Fmd.js'),f=d(t,a,c);if(f>1)return {report:await u(f,a,c,e)}}let l=new Date,{audits:r,summary:s,operations:p,clock:i,scope:n}=await z(o,a,c,e);return {report:tn(r,a,s,l,new Date,i,n),operations:p}}async function z(o,t,a,c){if(t.accounts){let s=on(a.env),{auditAccounts:p}=await import('./organization-DJ-nbNv-.js'),i=await p(o,t,s.now,a,c);return {audits:i.audits,summary:{kind:"live",paidCalls:i.paidCalls},operations:i.operations,clock:s,scope:i.scope}}if(o.snapshot){let s=await ze((0, y.resolve)(a.cwd,o.snapshot),o.snapshot);if(en(s)){let p=on(a.env,s.collectedAt),i=[s.accounts.map(d=>({id:d.id,...d.name?{name:d.name}:{},open:()=>d.source}))],{auditEach:n}=await import('./organization-DJ-nbNv-.js');return {audits:(await n(i,t,p.now,a,c)).audits,summary:{kind:"snapshot",snapshot:o.snapshot,paidCalls:0},operations:[],clock:p,scope:{...s.organization?{organization:s.organization}:{},...s.notListed?{notListed:s.notListed}:{}}}}}if(t.shard)throw new s("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let e=await S(o,t,a),l=on(a.env,e.collectedAt);return c&&a.stderr(`aws-baseline: ${i(t.lang).evaluating(t.checks.length)}
`),{audits:[await nn(e,t,l.now)],summary:{kind:e.kind,...e.snapshot?{snapshot:e.snapshot}:{},paidCalls:e.paidCalls()},operations:e.operations(),clock:l}}

export { B as auditCommand };
