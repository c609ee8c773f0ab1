import 'node:module';
import { auditAccounts as H } from './organization-audit-FW-frdEo.js';
import { i } from './select-BnEIHk8c.js';
import { V as Ve, s as sn, S, n as nn } from './chunk-qAsUs2V5.js';
import { b, $ } from './html-uEb2IIGu.js';
import './chunk-A-tMOPHA.js';
import { M } from './json-u2sQlfMn.js';
import { b as s, p, a as o } from '../start.js';
import { accountSnapshot as C, buildSnapshot as G } from './snapshot-fgbfDuwj.js';
import './zod-Bz4NBjJ4.js';
import './chunk-DnpGz55t.js';

var m=p(o(),1);async function P(e,n){let i$1=await Ve({...e},n.env,n.cwd);b((0, m.resolve)(n.cwd,e.output),e.output);let{now:s$1}=sn(n.env),r=[],d;if(i$1.accounts)d=(await H({...e,snapshot:void 0},i$1,s$1,n,false,async(o,c)=>{r.push(await C(c.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{}},o.regions));})).organization,r.sort((o,c)=>M(o.account.id,c.account.id));else {let t=await S({...e,snapshot:void 0},i$1,n),o=await nn(t,i$1,s$1);r.push(await C(t.store,{id:o.accountId,partition:o.partition},o.regions));}let j=G(r,s$1,d);$((0, m.resolve)(n.cwd,e.output),`${JSON.stringify(j,null,2)}
`);let a=r.flatMap(t=>Object.entries(t.facts)),k=a.filter(([,t])=>"error"in t).length;n.stderr(`aws-baseline: ${i(i$1.lang).wrote(e.output,a.length,k,Math.max(...r.map(t=>t.regions.length)))}
`);let l=a.filter(([t])=>t!=="sts.identity");return l.length>0&&l.every(([,t])=>"error"in t)?s.incomplete:s.ok}

export { P as snapshotCommand };
