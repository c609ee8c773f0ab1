import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-BUC1a6zy.js';
import { t as te, $, n as ne, i as ie } from './chunk-DXV7gtUK.js';
import { q, H } from './markdown-CP8Dj02y.js';
import { b } from './chunk-Bz1FYRLA.js';
import './catalog-k05N2RAm.js';
import { b as s, e as c, p, s as s$1 } from '../start.js';
import { P, I, M, o } from './chunk-k3N7N7-f.js';
import './select-av4Q2O9T.js';
import './zod-BTVlEME2.js';

var A=p(o(),1);async function _(n,e){let t=await Ve(n,e.env,e.cwd),r=P(n.parallel),i=I(n.framework),u=M(n.format?.length?n.format:t.config.formats,e.env);for(let a of u)a.path&&b((0, A.resolve)(e.cwd,a.path),a.path);let l=await te(n,e.cwd),o=!n.quiet&&e.stderrIsTty(),p=await O(n,r,t,e,o),{operations:c$1}=p,w=t.failOnStale&&Ce(p.report.accounts).length>0,s$1=$(ne(p.report,l,{allowIncomplete:t.allowIncomplete,stale:w}),i),m=(t.shard!==void 0||e.claim!==void 0)&&s$1.accounts.length===0;if(m&&!e.progressSink&&e.stderr(`aws-baseline: ${s(t.lang).emptyShard(t.shard?.index??0,t.shard?.count??0)}
`),s$1.summary.total===0&&!m)throw c();let f=await Promise.all(u.map(async a=>({target:a,texts:await q(a,s$1,{...n,sarifLocations:t.config.sarif?.locations},e)})));if(H(f,e),ie(s$1,l,n,e,t.lang),!n.quiet&&!e.progressSink&&u.every(a=>a.path!==void 0)){let a=Object.entries(s$1.summary.byStatus).filter(([,h])=>h>0).map(([h,D])=>`${D} ${h}`).join(", ");e.stderr(`aws-baseline: ${s(t.lang).written(a,s$1.summary.gating,s$1.exitCode,u.map(h=>h.path).join(", "))}
`);}if(!n.quiet){for(let a of s$1.accounts[0]?.suppressions.expired??[])e.stderr(`aws-baseline: ${s(t.lang).expired(a.check,a.resource??"*",a.expires??"")}
`);for(let a of Ce(s$1.accounts))e.stderr(`aws-baseline: ${s(t.lang).stale(a.check,a.resource??"*")}
`);}return n.verbose&&c$1&&e.stderr(`aws-baseline: ${s(t.lang).operations(c$1.length,G(c$1))}
`),s$1.exitCode}async function O(n,e,t,r,i){if(t.accounts&&!n.snapshot){let{auditInProcesses:s,processCount:m}=await import('./parallel-DmGzmw50.js'),f=m(e,t,r);if(f>1)return {report:await s(f,t,r,i)}}let u=new Date,{audits:l,summary:o,operations:p,clock:c,scope:w}=await W(n,t,r,i);return {report:tn(l,t,o,u,new Date,c,w),operations:p}}async function W(n,e,t,r){if(e.accounts){let o=on(t.env),{auditAccounts:p}=await import('./organization-Cs9VRFzW.js'),c=await p(n,e,o.now,t,r);return {audits:c.audits,summary:{kind:"live",paidCalls:c.paidCalls},operations:c.operations,clock:o,scope:c.scope}}if(n.snapshot){let o=await ze((0, A.resolve)(t.cwd,n.snapshot),n.snapshot);if(en(o)){let p=on(t.env,o.collectedAt),c=[o.accounts.map(m=>({id:m.id,...m.name?{name:m.name}:{},open:()=>m.source}))],{auditEach:w}=await import('./organization-Cs9VRFzW.js');return {audits:(await w(c,e,p.now,t,r)).audits,summary:{kind:"snapshot",snapshot:n.snapshot,paidCalls:0},operations:[],clock:p,scope:{...o.organization?{organization:o.organization}:{},...o.notListed?{notListed:o.notListed}:{}}}}}if(e.shard)throw new s$1("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let i=await S(n,e,t),u=on(t.env,i.collectedAt);return r&&t.stderr(`aws-baseline: ${s(e.lang).evaluating(e.checks.length)}
`),{audits:[await nn(i,e,u.now)],summary:{kind:i.kind,...i.snapshot?{snapshot:i.snapshot}:{},paidCalls:i.paidCalls()},operations:i.operations(),clock:u}}function G(n){let e=new Map;for(let t of n)e.set(t,(e.get(t)??0)+1);return [...e].map(([t,r])=>r>1?`${t} \xD7${r}`:t).join(", ")}

export { _ as auditCommand };
