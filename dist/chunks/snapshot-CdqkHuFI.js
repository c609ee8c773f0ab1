import 'node:module';
import { auditAccounts as un } from './organization-DHD3k6en.js';
import './chunk-A-tMOPHA.js';
import { $, t, C, a as o } from './chunk-BbVCk0jO.js';
import { h as ht, S as St, A as At, y as yt } from './chunk-LNW5y_BG.js';
import './chunk-Dsgjm6_t.js';
import './select-TzC2RxMl.js';
import { a as s, r, p } from '../start.js';
import { accountSnapshot as it, buildSnapshot as rt } from './snapshot-DJbWxt1e.js';
import './chunk-BUJLVzUj.js';
import './zod-bxV831kO.js';

var l=p(o(),1);async function P(e,n){let r$1=await ht({...e,snapshot:void 0},n.env,n.cwd);$((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=St(n.env),s$1=[],i={};if(r$1.accounts)i=(await un({...e,snapshot:void 0},r$1,a,n,false,async(o,u)=>{s$1.push(await it(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{},...o.ou?{ou:o.ou}:{}},o.regions));})).scope,s$1.sort((o,u)=>t(o.account.id,u.account.id));else {let t=await At({...e,snapshot:void 0},r$1,n),o=await yt(t,r$1,a);s$1.push(await it(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=rt(s$1,a,i);C((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$1.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r$1.lang).wrote(e.output,p.length,j,Math.max(...s$1.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r$1.lang).notListed(i.notListed.after,i.notListed.message)}
`),r.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?r.incomplete:r.ok}

export { P as snapshotCommand };
