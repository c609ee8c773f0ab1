import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-Cq4QkcP3.js';
import { a as ae, y as ye, c as ce, e as ee, d as de, l as le } from './chunk-D1UfGEYS.js';
import { q, H } from './markdown-CFLZ3zge.js';
import { b, s as s$1 } from './chunk-DCz8cHxq.js';
import './catalog-DPzkrHwK.js';
import { b as s, e as c, p, s as s$2 } from '../start.js';
import { P, I, M, o } from './chunk-C0Tv1k3u.js';
import './select-CY72cc2W.js';
import './zod-BTVlEME2.js';

var A=p(o(),1);async function ct(n,e){let t=await Ve(n,e.env,e.cwd),r=P(n.parallel),i=I(n.framework),p=M(n.format?.length?n.format:t.config.formats,e.env);for(let o of p)o.path&&b((0, A.resolve)(e.cwd,o.path),o.path);let w=await ae(n,e.cwd),a=await ye(n.history,e.cwd),u=!n.quiet&&e.stderrIsTty(),c$1=await K(n,r,t,e,u),{operations:d}=c$1,f=t.failOnStale&&Ce(c$1.report.accounts).length>0,m=ce(c$1.report,w,{allowIncomplete:t.allowIncomplete,stale:f}),s$2=ee(a?de(m,a):m,i),k=(t.shard!==void 0||e.claim!==void 0)&&s$2.accounts.length===0;if(k&&!e.progressSink&&e.stderr(`aws-baseline: ${s(t.lang).emptyShard(t.shard?.index??0,t.shard?.count??0)}
`),s$2.summary.total===0&&!k)throw c();let W=await Promise.all(p.map(async o=>({target:o,texts:await q(o,s$2,{...n,sarifLocations:t.config.sarif?.locations},e)})));if(H(W,e),le(s$2,w,n,e,t.lang),!n.quiet&&!e.progressSink&&p.every(o=>o.path!==void 0)){let o=Object.entries(s$2.summary.byStatus).filter(([,h])=>h>0).map(([h,N])=>`${N} ${h}`).join(", "),H=s$2.baseline?`${o} (${s$1[t.lang].counts(s$2.baseline)})`:o;e.stderr(`aws-baseline: ${s(t.lang).written(H,s$2.summary.gating,s$2.exitCode,p.map(h=>h.path).join(", "))}
`);}if(!n.quiet){for(let o of s$2.accounts[0]?.suppressions.expired??[])e.stderr(`aws-baseline: ${s(t.lang).expired(o.check,o.resource??"*",o.expires??"")}
`);for(let o of Ce(s$2.accounts))e.stderr(`aws-baseline: ${s(t.lang).stale(o.check,o.resource??"*")}
`);}return n.verbose&&d&&e.stderr(`aws-baseline: ${s(t.lang).operations(d.length,U(d))}
`),s$2.exitCode}async function K(n,e,t,r,i){if(t.accounts&&!n.snapshot){let{auditInProcesses:f,processCount:m}=await import('./parallel-ByRbCZ8J.js'),s=m(e,t,r);if(s>1)return {report:await f(s,t,r,i)}}let p=new Date,{audits:w,summary:a,operations:u,clock:c,scope:d}=await Q(n,t,r,i);return {report:tn(w,t,a,p,new Date,c,d),operations:u}}async function Q(n,e,t,r){if(e.accounts){let a=on(t.env),{auditAccounts:u}=await import('./organization-DmZosA94.js'),c=await u(n,e,a.now,t,r);return {audits:c.audits,summary:{kind:"live",paidCalls:c.paidCalls},operations:c.operations,clock:a,scope:c.scope}}if(n.snapshot){let a=await ze((0, A.resolve)(t.cwd,n.snapshot),n.snapshot);if(en(a)){let u=on(t.env,a.collectedAt),c=[a.accounts.map(m=>({id:m.id,...m.name?{name:m.name}:{},open:()=>m.source}))],{auditEach:d}=await import('./organization-DmZosA94.js');return {audits:(await d(c,e,u.now,t,r)).audits,summary:{kind:"snapshot",snapshot:n.snapshot,paidCalls:0},operations:[],clock:u,scope:{...a.organization?{organization:a.organization}:{},...a.notListed?{notListed:a.notListed}:{}}}}}if(e.shard)throw new s$2("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let i=await S(n,e,t),p=on(t.env,i.collectedAt);return r&&t.stderr(`aws-baseline: ${s(e.lang).evaluating(e.checks.length)}
`),{audits:[await nn(i,e,p.now)],summary:{kind:i.kind,...i.snapshot?{snapshot:i.snapshot}:{},paidCalls:i.paidCalls()},operations:i.operations(),clock:p}}function U(n){let e=new Map;for(let t of n)e.set(t,(e.get(t)??0)+1);return [...e].map(([t,r])=>r>1?`${t} \xD7${r}`:t).join(", ")}

export { ct as auditCommand };
