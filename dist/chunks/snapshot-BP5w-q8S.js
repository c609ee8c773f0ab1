import 'node:module';
import { auditAccounts as W } from './organization-uuVGWGWS.js';
import { V as Ve, o as on, S, n as nn } from './chunk-C5RWG0oT.js';
import { b, $, i } from './chunk-DJtUjwHd.js';
import './chunk-A-tMOPHA.js';
import { _ } from './json-qDNYeNxO.js';
import { c, p, a as o } from '../start.js';
import './select-BHtS9wsz.js';
import { accountSnapshot as C, buildSnapshot as G } from './snapshot-Cwbf1Ftu.js';
import './chunk-w1q_JlLi.js';
import './chunk-DnpGz55t.js';

var l=p(o(),1);async function P(e,n){let r=await Ve({...e},n.env,n.cwd);b((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=on(n.env),s=[],i$1={};if(r.accounts)i$1=(await W({...e,snapshot:void 0},r,a,n,false,async(o,u)=>{s.push(await C(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{}},o.regions));})).scope,s.sort((o,u)=>_(o.account.id,u.account.id));else {let t=await S({...e,snapshot:void 0},r,n),o=await nn(t,r,a);s.push(await C(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=G(s,a,i$1);$((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${i(r.lang).wrote(e.output,p.length,j,Math.max(...s.map(t=>t.regions.length)))}
`),i$1.notListed)return n.stderr(`aws-baseline: ${i(r.lang).notListed(i$1.notListed.after,i$1.notListed.message)}
`),c.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?c.incomplete:c.ok}

export { P as snapshotCommand };
