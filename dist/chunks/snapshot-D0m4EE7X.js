import 'node:module';
import { auditAccounts as on } from './organization-5RUw9eGU.js';
import { z as ze, s as sn, S, t as tn } from './chunk-qbtJ1ZKK.js';
import { v, $ } from './chunk-CJgYoqdY.js';
import './chunk-A-tMOPHA.js';
import './catalog-CZGry622.js';
import { c as s, d as c, p } from '../start.js';
import { w, o } from './chunk-TXFFEKwH.js';
import './select-CxP3uz6N.js';
import { accountSnapshot as C, buildSnapshot as G } from './snapshot--2NxlG2W.js';
import './json-B0StIUCI.js';

var l=p(o(),1);async function P(e,n){let r=await ze({...e,snapshot:void 0},n.env,n.cwd);v((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=sn(n.env),s$1=[],i={};if(r.accounts)i=(await on({...e,snapshot:void 0},r,a,n,false,async(o,u)=>{s$1.push(await C(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{},...o.ou?{ou:o.ou}:{}},o.regions));})).scope,s$1.sort((o,u)=>w(o.account.id,u.account.id));else {let t=await S({...e,snapshot:void 0},r,n),o=await tn(t,r,a);s$1.push(await C(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=G(s$1,a,i);$((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$1.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r.lang).wrote(e.output,p.length,j,Math.max(...s$1.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r.lang).notListed(i.notListed.after,i.notListed.message)}
`),c.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?c.incomplete:c.ok}

export { P as snapshotCommand };
