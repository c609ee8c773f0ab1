import 'node:module';
import { V as Ve, C as Ce, t as tn, o as on, z as ze, e as en, S, n as nn } from './chunk-DyP2_dcO.js';
import { a as ae, y as ye, c as ce, e as ee, d as de, l as le } from './chunk-EKnWVw52.js';
import { q, H } from './markdown-C0k-sGqL.js';
import { b } from './chunk-BQCqOdna.js';
import './catalog-DPzkrHwK.js';
import { b as s, e as c, p, s as s$1 } from '../start.js';
import { P, I, M, o } from './chunk-C0Tv1k3u.js';
import './select-CY72cc2W.js';
import './zod-BTVlEME2.js';

var A=p(o(),1);async function st(n,e){let t=await Ve(n,e.env,e.cwd),r=P(n.parallel),i=I(n.framework),p=M(n.format?.length?n.format:t.config.formats,e.env);for(let o of p)o.path&&b((0, A.resolve)(e.cwd,o.path),o.path);let w=await ae(n,e.cwd),a=await ye(n.history,e.cwd),u=!n.quiet&&e.stderrIsTty(),c$1=await K(n,r,t,e,u),{operations:d}=c$1,y=t.failOnStale&&Ce(c$1.report.accounts).length>0,m=ce(c$1.report,w,{allowIncomplete:t.allowIncomplete,stale:y}),s$1=ee(a?de(m,a):m,i),k=(t.shard!==void 0||e.claim!==void 0)&&s$1.accounts.length===0;if(k&&!e.progressSink&&e.stderr(`aws-baseline: ${s(t.lang).emptyShard(t.shard?.index??0,t.shard?.count??0)}
`),s$1.summary.total===0&&!k)throw c();let O=await Promise.all(p.map(async o=>({target:o,texts:await q(o,s$1,{...n,sarifLocations:t.config.sarif?.locations},e)})));if(H(O,e),le(s$1,w,n,e,t.lang),!n.quiet&&!e.progressSink&&p.every(o=>o.path!==void 0)){let o=Object.entries(s$1.summary.byStatus).filter(([,h])=>h>0).map(([h,H])=>`${H} ${h}`).join(", ");e.stderr(`aws-baseline: ${s(t.lang).written(o,s$1.summary.gating,s$1.exitCode,p.map(h=>h.path).join(", "))}
`);}if(!n.quiet){for(let o of s$1.accounts[0]?.suppressions.expired??[])e.stderr(`aws-baseline: ${s(t.lang).expired(o.check,o.resource??"*",o.expires??"")}
`);for(let o of Ce(s$1.accounts))e.stderr(`aws-baseline: ${s(t.lang).stale(o.check,o.resource??"*")}
`);}return n.verbose&&d&&e.stderr(`aws-baseline: ${s(t.lang).operations(d.length,Q(d))}
`),s$1.exitCode}async function K(n,e,t,r,i){if(t.accounts&&!n.snapshot){let{auditInProcesses:y,processCount:m}=await import('./parallel-C2XX7iAn.js'),s=m(e,t,r);if(s>1)return {report:await y(s,t,r,i)}}let p=new Date,{audits:w,summary:a,operations:u,clock:c,scope:d}=await N(n,t,r,i);return {report:tn(w,t,a,p,new Date,c,d),operations:u}}async function N(n,e,t,r){if(e.accounts){let a=on(t.env),{auditAccounts:u}=await import('./organization-CRjOn_y-.js'),c=await u(n,e,a.now,t,r);return {audits:c.audits,summary:{kind:"live",paidCalls:c.paidCalls},operations:c.operations,clock:a,scope:c.scope}}if(n.snapshot){let a=await ze((0, A.resolve)(t.cwd,n.snapshot),n.snapshot);if(en(a)){let u=on(t.env,a.collectedAt),c=[a.accounts.map(m=>({id:m.id,...m.name?{name:m.name}:{},open:()=>m.source}))],{auditEach:d}=await import('./organization-CRjOn_y-.js');return {audits:(await d(c,e,u.now,t,r)).audits,summary:{kind:"snapshot",snapshot:n.snapshot,paidCalls:0},operations:[],clock:u,scope:{...a.organization?{organization:a.organization}:{},...a.notListed?{notListed:a.notListed}:{}}}}}if(e.shard)throw new s$1("--shard takes a part of several accounts: use it with --org, --accounts, or a snapshot of several accounts");let i=await S(n,e,t),p=on(t.env,i.collectedAt);return r&&t.stderr(`aws-baseline: ${s(e.lang).evaluating(e.checks.length)}
`),{audits:[await nn(i,e,p.now)],summary:{kind:i.kind,...i.snapshot?{snapshot:i.snapshot}:{},paidCalls:i.paidCalls()},operations:i.operations(),clock:p}}function Q(n){let e=new Map;for(let t of n)e.set(t,(e.get(t)??0)+1);return [...e].map(([t,r])=>r>1?`${t} \xD7${r}`:t).join(", ")}

export { st as auditCommand };
