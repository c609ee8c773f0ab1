import 'node:module';
import { auditAccounts as W } from './organization-DmZosA94.js';
import { V as Ve, o as on, S, n as nn } from './chunk-Cq4QkcP3.js';
import { b, $ } from './chunk-DCz8cHxq.js';
import './chunk-A-tMOPHA.js';
import './catalog-DPzkrHwK.js';
import { b as s, c, p } from '../start.js';
import { w, o } from './chunk-C0Tv1k3u.js';
import './select-CY72cc2W.js';
import { accountSnapshot as C, buildSnapshot as G } from './snapshot-1j1uQiqi.js';
import './zod-BTVlEME2.js';

var l=p(o(),1);async function P(e,n){let r=await Ve({...e},n.env,n.cwd);b((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=on(n.env),s$1=[],i={};if(r.accounts)i=(await W({...e,snapshot:void 0},r,a,n,false,async(o,u)=>{s$1.push(await C(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{}},o.regions));})).scope,s$1.sort((o,u)=>w(o.account.id,u.account.id));else {let t=await S({...e,snapshot:void 0},r,n),o=await nn(t,r,a);s$1.push(await C(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=G(s$1,a,i);$((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$1.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r.lang).wrote(e.output,p.length,j,Math.max(...s$1.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r.lang).notListed(i.notListed.after,i.notListed.message)}
`),c.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?c.incomplete:c.ok}

export { P as snapshotCommand };
