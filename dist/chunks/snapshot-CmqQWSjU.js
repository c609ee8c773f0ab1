import 'node:module';
import { E, L } from './html-BXHi2J8v.js';
import { p, w as w$1 } from './chunk-DKgGmvSh.js';
import { h as I$1, j as he, l as Ce, A as Ae, e as bt } from './json-Bryevslm.js';
import { z as sf } from './zod-Cf0XzY4V.js';
import { s, v as n } from '../start.js';
import './select-BnEIHk8c.js';
import './chunk-DnpGz55t.js';

var Z=sf.strictObject({service:sf.string(),operation:sf.string(),code:sf.string(),kind:sf.enum(n),message:sf.string()}),x=new Map;function k(n){let o=x.get(n);return o||(o=I$1[n].schema(sf),x.set(n,o)),o}var g="aws-baseline-snapshot",w=2,z=sf.union([sf.strictObject({value:sf.unknown()}),sf.strictObject({error:Z})]),I={account:sf.strictObject({id:sf.string().regex(/^\d{12}$|^unknown$/),partition:sf.string(),name:sf.string().optional()}),regions:sf.array(sf.string().regex(bt,"a region name such as us-east-1")),facts:sf.record(sf.string(),z)},y={format:sf.literal(g,{error:`expected "${g}": this is not an aws-baseline snapshot`}),version:sf.literal(w,{error:`this build reads snapshot version ${w}: take the snapshot again with this version of aws-baseline`}),collectedAt:sf.iso.datetime({offset:true})},K=sf.union([sf.strictObject({...y,...I}),sf.strictObject({...y,organization:sf.strictObject({id:sf.string(),managementAccountId:sf.string()}).optional(),accounts:sf.array(sf.strictObject(I)).min(1,"at least one account")})]);async function M(n){let o=await E(n,"snapshot");await L(sf.object(y),o,"snapshot");let e=await L(K,o,"snapshot"),a="accounts"in e,s$1=a?e.accounts:[{account:e.account,regions:e.regions,facts:e.facts}];for(let[r,c]of s$1.entries())await R(c,n,o,a?["accounts",r]:[]);let d=s$1.map(r=>r.account.id),i=d.find((r,c)=>d.indexOf(r)!==c);if(i)throw new s(`invalid snapshot:
  ${n}: account ${i} appears twice`);return {collectedAt:e.collectedAt,...a&&e.organization?{organization:e.organization}:{},accounts:s$1}}async function R(n,o,e,a){let s$1=()=>e.locator();for(let[i,r]of Object.entries(n.facts)){let{key:c,qualifier:u}=he(i),h=[...a,"facts",i],f=async()=>`${o}:${(await s$1())(h)??"?"}: ${h.slice(0,-1).map(String).join(".")}["${i}"]`;if(!Ce(c))throw new s(`invalid snapshot:
  ${await f()}: unknown fact "${c}"`);if(Ae(c)==="none"!=(u===void 0))throw new s(`invalid snapshot:
  ${await f()}: ${u===void 0?"needs a @qualifier":"takes no @qualifier"}`);if(u!==void 0&&Ae(c)==="region"&&!bt.test(u))throw new s(`invalid snapshot:
  ${await f()}: "${u}" is not a region name`);"value"in r&&await L(k(c),e,"snapshot",[...h,"value"],r.value);}let d=n.facts["sts.identity"];if(d&&"value"in d&&d.value.accountId!==n.account.id&&n.account.id!=="unknown"){let i=[...a,"facts","sts.identity"];throw new s(`invalid snapshot:
  ${o}:${(await s$1())(i)??"?"}: ${[...a,"facts"].map(String).join(".")}["sts.identity"]: account ${d.value.accountId} is not the snapshot's account ${n.account.id}`)}}function D(n,o){return new p(w$1(n.facts,`snapshot ${o}`))}async function H(n,o,e){return {account:o,regions:e,facts:await n.entries()}}function C(n,o,e){let a={format:g,version:w,collectedAt:o.toISOString()},[s]=n;return n.length===1&&s&&!e?{...a,...s}:{...a,...e?{organization:e}:{},accounts:n}}

export { g as SNAPSHOT_FORMAT, w as SNAPSHOT_VERSION, H as accountSnapshot, C as buildSnapshot, k as factSchema, M as loadSnapshot, D as snapshotStore };
