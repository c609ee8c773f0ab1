import 'node:module';
import { x as x$1, L } from './html-BdqXgT7Q.js';
import { p, w as w$1 } from './chunk-0X5HUPYa.js';
import { j as E, $ as $t, K as Kt, V as Vt, Q as Qt } from './json-CbDJcAD-.js';
import { z as sf } from './zod-BmjRqHiD.js';
import { s, k as n } from '../start.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

var Z=sf.strictObject({service:sf.string(),operation:sf.string(),code:sf.string(),kind:sf.enum(n),message:sf.string()}),x=new Map;function z(n){let o=x.get(n);return o||(o=E[n].schema(sf),x.set(n,o)),o}var g="aws-baseline-snapshot",w=1,K=sf.union([sf.strictObject({value:sf.unknown()}),sf.strictObject({error:Z})]),I={account:sf.strictObject({id:sf.string().regex(/^\d{12}$|^unknown$/),partition:sf.string(),name:sf.string().optional()}),regions:sf.array(sf.string().regex(Qt,"a region name such as us-east-1")),facts:sf.record(sf.string(),K)},y={format:sf.literal(g,{error:`expected "${g}": this is not an aws-baseline snapshot`}),version:sf.literal(w,{error:`this build reads snapshot version ${w}`}),collectedAt:sf.iso.datetime({offset:true})},R=sf.union([sf.strictObject({...y,...I}),sf.strictObject({...y,organization:sf.strictObject({id:sf.string(),managementAccountId:sf.string()}).optional(),accounts:sf.array(sf.strictObject(I)).min(1,"at least one account")})]);async function M(n){let o=await x$1(n,"snapshot");await L(sf.object(y),o,"snapshot");let e=await L(R,o,"snapshot"),a="accounts"in e,c=a?e.accounts:[{account:e.account,regions:e.regions,facts:e.facts}];for(let[r,s]of c.entries())await k(s,n,o,a?["accounts",r]:[]);let d=c.map(r=>r.account.id),i=d.find((r,s)=>d.indexOf(r)!==s);if(i)throw new s(`invalid snapshot:
  ${n}: account ${i} appears twice`);return {collectedAt:e.collectedAt,...a&&e.organization?{organization:e.organization}:{},accounts:c}}async function k(n,o,e,a){let c=()=>e.locator();for(let[i,r]of Object.entries(n.facts)){let{key:s$1,qualifier:p}=$t(i),f=[...a,"facts",i],h=async()=>`${o}:${(await c())(f)??"?"}: ${f.slice(0,-1).map(String).join(".")}["${i}"]`;if(!Kt(s$1))throw new s(`invalid snapshot:
  ${await h()}: unknown fact "${s$1}"`);if(Vt(s$1)==="none"!=(p===void 0))throw new s(`invalid snapshot:
  ${await h()}: ${p===void 0?"needs a @qualifier":"takes no @qualifier"}`);if(p!==void 0&&Vt(s$1)==="region"&&!Qt.test(p))throw new s(`invalid snapshot:
  ${await h()}: "${p}" is not a region name`);"value"in r&&await L(z(s$1),e,"snapshot",[...f,"value"],r.value);}let d=n.facts["sts.identity"];if(d&&"value"in d&&d.value.accountId!==n.account.id&&n.account.id!=="unknown"){let i=[...a,"facts","sts.identity"];throw new s(`invalid snapshot:
  ${o}:${(await c())(i)??"?"}: ${[...a,"facts"].map(String).join(".")}["sts.identity"]: account ${d.value.accountId} is not the snapshot's account ${n.account.id}`)}}function D(n,o){return new p(w$1(n.facts,`snapshot ${o}`))}async function H(n,o,e){return {account:o,regions:e,facts:await n.entries()}}function C(n,o,e){let a={format:g,version:w,collectedAt:o.toISOString()},[c]=n;return n.length===1&&c&&!e?{...a,...c}:{...a,...e?{organization:e}:{},accounts:n}}

export { g as SNAPSHOT_FORMAT, w as SNAPSHOT_VERSION, H as accountSnapshot, C as buildSnapshot, z as factSchema, M as loadSnapshot, D as snapshotStore };
