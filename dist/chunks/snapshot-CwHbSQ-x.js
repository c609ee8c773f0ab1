import 'node:module';
import { auditAccounts as ct } from './organization-xyqNZCe7.js';
import './chunk-A-tMOPHA.js';
import { O, t, C, c } from './chunk-CrFdek62.js';
import { k as kt, w as wt, O as Ot, S as St } from './chunk-BNd_xdwa.js';
import './chunk-dvrITMcL.js';
import './select-DWfKmrUd.js';
import { a as s, r, p } from '../start.js';
import { accountSnapshot as mt, buildSnapshot as lt } from './snapshot-CyOJYDi-.js';
import './chunk-DdhcRQiW.js';
import './zod-COQ0gGwo.js';
import './ja-DSic3yV3.js';

var l=p(c(),1);async function P(e,n){let r$1=await kt({...e,snapshot:void 0},n.env,n.cwd);O((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=wt(n.env),s$1=[],i={};if(r$1.accounts)i=(await ct({...e,snapshot:void 0},r$1,a,n,false,async(o,u)=>{s$1.push(await mt(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{},...o.ou?{ou:o.ou}:{}},o.regions));})).scope,s$1.sort((o,u)=>t(o.account.id,u.account.id));else {let t=await Ot({...e,snapshot:void 0},r$1,n),o=await St(t,r$1,a);s$1.push(await mt(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=lt(s$1,a,i);C((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$1.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r$1.lang).wrote(e.output,p.length,j,Math.max(...s$1.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r$1.lang).notListed(i.notListed.after,i.notListed.message)}
`),r.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?r.incomplete:r.ok}

export { P as snapshotCommand };
