import 'node:module';
import { auditAccounts as G } from './organization-audit-SyK_XDv4.js';
import './chunk-A-tMOPHA.js';
import { i } from './select-BnEIHk8c.js';
import { J as Je, B as Be, S, Y as Ye } from './chunk-0X5HUPYa.js';
import { t } from './json-CbDJcAD-.js';
import { g } from './html-BdqXgT7Q.js';
import { a as s, p, o } from '../start.js';
import { accountSnapshot as H, buildSnapshot as C } from './snapshot-VZRa0IUx.js';
import './zod-BmjRqHiD.js';
import './chunk-DnpGz55t.js';

var b=p(o(),1);async function N(r,n){let i$1=await Je({...r},n.env,n.cwd),{now:s$1}=Be(n.env),e=[],u;if(i$1.accounts)u=(await G({...r,snapshot:void 0},i$1,s$1,n,false,async(o,c)=>{e.push(await H(c.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{}},o.regions));})).organization,e.sort((o,c)=>t(o.account.id,c.account.id));else {let t=await S({...r,snapshot:void 0},i$1,n),o=await Ye(t,i$1,s$1);e.push(await H(t.store,{id:o.accountId,partition:o.partition},o.regions));}let I=C(e,s$1,u);g((0, b.resolve)(n.cwd,r.output),`${JSON.stringify(I,null,2)}
`);let a=e.flatMap(t=>Object.entries(t.facts)),j=a.filter(([,t])=>"error"in t).length;n.stderr(`aws-baseline: ${i(i$1.lang).wrote(r.output,a.length,j,Math.max(...e.map(t=>t.regions.length)))}
`);let d=a.filter(([t])=>t!=="sts.identity");return d.length>0&&d.every(([,t])=>"error"in t)?s.incomplete:s.ok}

export { N as snapshotCommand };
