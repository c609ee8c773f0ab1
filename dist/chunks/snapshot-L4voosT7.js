import 'node:module';
import { auditAccounts as un } from './organization-BfwNMt-L.js';
import './chunk-A-tMOPHA.js';
import { $, t, C, c } from './chunk-m4kKSXBq.js';
import { h as ht, S as St, A as At, y as yt } from './chunk-CkhGotN9.js';
import './chunk-GFQMVDKm.js';
import './select-DEVUpzNx.js';
import { a as s, r, p } from '../start.js';
import { accountSnapshot as it, buildSnapshot as rt } from './snapshot-BvL0KhdX.js';
import './chunk-BqWppNdK.js';
import './zod-BAu5VzgB.js';

var l=p(c(),1);async function P(e,n){let r$1=await ht({...e,snapshot:void 0},n.env,n.cwd);$((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=St(n.env),s$1=[],i={};if(r$1.accounts)i=(await un({...e,snapshot:void 0},r$1,a,n,false,async(o,u)=>{s$1.push(await it(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{},...o.ou?{ou:o.ou}:{}},o.regions));})).scope,s$1.sort((o,u)=>t(o.account.id,u.account.id));else {let t=await At({...e,snapshot:void 0},r$1,n),o=await yt(t,r$1,a);s$1.push(await it(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=rt(s$1,a,i);C((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$1.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r$1.lang).wrote(e.output,p.length,j,Math.max(...s$1.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r$1.lang).notListed(i.notListed.after,i.notListed.message)}
`),r.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?r.incomplete:r.ok}

export { P as snapshotCommand };
