import 'node:module';
import { auditAccounts as it } from './organization-DOgYjWfv.js';
import './chunk-BgrKtZCE.js';
import { z as ze, s as sn, S, t as tn } from './chunk-BD1RDYDo.js';
import { t, o } from './chunk-BYtDfpce.js';
import './catalog--I2xUXdv.js';
import { a as s, b as s$1, p } from '../start.js';
import { v, $ } from './chunk-sKF7a7Tr.js';
import './select-jpTAHQeO.js';
import { accountSnapshot as nt, buildSnapshot as ot } from './snapshot-DyyJLKZy.js';
import './json-B0StIUCI.js';

var l=p(o(),1);async function P(e,n){let r=await ze({...e,snapshot:void 0},n.env,n.cwd);v((0, l.resolve)(n.cwd,e.output),e.output);let{now:a}=sn(n.env),s$2=[],i={};if(r.accounts)i=(await it({...e,snapshot:void 0},r,a,n,false,async(o,u)=>{s$2.push(await nt(u.store,{id:o.accountId,partition:o.partition,...o.name?{name:o.name}:{},...o.ou?{ou:o.ou}:{}},o.regions));})).scope,s$2.sort((o,u)=>t(o.account.id,u.account.id));else {let t=await S({...e,snapshot:void 0},r,n),o=await tn(t,r,a);s$2.push(await nt(t.store,{id:o.accountId,partition:o.partition},o.regions));}let L=ot(s$2,a,i);$((0, l.resolve)(n.cwd,e.output),`${JSON.stringify(L,null,2)}
`);let p=s$2.flatMap(t=>Object.entries(t.facts)),j=p.filter(([,t])=>"error"in t).length;if(n.stderr(`aws-baseline: ${s(r.lang).wrote(e.output,p.length,j,Math.max(...s$2.map(t=>t.regions.length)))}
`),i.notListed)return n.stderr(`aws-baseline: ${s(r.lang).notListed(i.notListed.after,i.notListed.message)}
`),s$1.incomplete;let f=p.filter(([t])=>t!=="sts.identity");return f.length>0&&f.every(([,t])=>"error"in t)?s$1.incomplete:s$1.ok}

export { P as snapshotCommand };
