import 'node:module';
import { auditAccounts as H } from './organization-audit-BFUqhCdu.js';
import { i } from './select-BnEIHk8c.js';
import { H as He, Z as Ze, S, q as qe } from './chunk-C8382cz3.js';
import { g } from './html-C3jrdRNF.js';
import './chunk-A-tMOPHA.js';
import { M } from './json-DosL5RGz.js';
import { b as s, p, a as o } from '../start.js';
import { accountSnapshot as C, buildSnapshot as G } from './snapshot-C29qtZf7.js';
import './zod-Cf0XzY4V.js';
import './chunk-DnpGz55t.js';

var b=p(o(),1);async function N(r,n){let i$1=await He({...r},n.env,n.cwd),{now:s$1}=Ze(n.env),e=[],u;if(i$1.accounts)u=(await H({...r,snapshot:void 0},i$1,s$1,n,false,async(o,c)=>{e.push(await C(c.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{}},o.regions));})).organization,e.sort((o,c)=>M(o.account.id,c.account.id));else {let t=await S({...r,snapshot:void 0},i$1,n),o=await qe(t,i$1,s$1);e.push(await C(t.store,{id:o.accountId,partition:o.partition},o.regions));}let I=G(e,s$1,u);g((0, b.resolve)(n.cwd,r.output),`${JSON.stringify(I,null,2)}
`);let a=e.flatMap(t=>Object.entries(t.facts)),j=a.filter(([,t])=>"error"in t).length;n.stderr(`aws-baseline: ${i(i$1.lang).wrote(r.output,a.length,j,Math.max(...e.map(t=>t.regions.length)))}
`);let d=a.filter(([t])=>t!=="sts.identity");return d.length>0&&d.every(([,t])=>"error"in t)?s.incomplete:s.ok}

export { N as snapshotCommand };
