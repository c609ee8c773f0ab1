import 'node:module';
import { s as sf } from './zod-BTVlEME2.js';
import { a as ro, Q as Qn, n as nn, e as ea, Z as Zn } from './chunk-vBrCTx6O.js';
import { j as jt, q as qn, Q as Qs, V as Vn, K as Kn } from './chunk-lX2_wTA6.js';
import { a as o } from '../start.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import './chunk-C0Tv1k3u.js';

var l=class extends Qn(Zn,ea,"ListAccounts",nn){};var A=class extends qn(Kn,Vn,"AssumeRole",Qs){};var C=new Set(["AssumeRole"]),N=5*6e4,k=sf.array(sf.object({Id:sf.string().regex(/^\d{12}$/,"a 12-digit account id").optional(),Name:sf.string().optional()}));async function*b(n){let s=n.client(ro,"organizations","us-east-1"),t,i=new Set,r=new Set;do{let o$1=await n.send(s,"organizations",new l({NextToken:t})),m=k.safeParse(o$1.Accounts??[]);if(!m.success)throw new o({service:"organizations",operation:"ListAccounts",code:"NotAnAwsAnswer",kind:"malformed",message:`the answer to organizations:ListAccounts was not what AWS sends (${m.error.issues[0]?.message??"unexpected shape"})`});let c=(o$1.Accounts??[]).filter(e=>(e.State??e.Status)==="ACTIVE"&&e.Id&&!r.has(e.Id));for(let e of c)r.add(e.Id);if(yield c.map(e=>({id:e.Id,...e.Name?{name:e.Name}:{}})),t=o$1.NextToken||void 0,t!==void 0&&i.has(t))throw new o({service:"organizations",operation:"ListAccounts",code:"RepeatedPageToken",kind:"malformed",message:"organizations:ListAccounts gave a page token it had given before: the list would never end"});t!==void 0&&i.add(t);}while(t)}function D(n,s){let t=n.client(jt,"sts","us-east-1",C),i=`arn:${s.partition}:iam::${s.accountId}:role/${s.roleName}`,r,o$1=0,m=async()=>{let c;try{c=await n.send(t,"sts",new A({RoleArn:i,RoleSessionName:"aws-baseline",DurationSeconds:3600,...s.externalId?{ExternalId:s.externalId}:{}}));}catch(u){throw u instanceof o?new o({...u.toJSON(),message:`cannot assume ${i}: ${u.message}`}):u}let e=c.Credentials;if(!e?.AccessKeyId||!e.SecretAccessKey)throw new o({service:"sts",operation:"AssumeRole",code:"NoCredentials",kind:"unknown",message:`AssumeRole on ${i} returned no credentials`});return o$1=e.Expiration?.getTime()??Date.now()+36e5,{accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,sessionToken:e.SessionToken,expiration:e.Expiration}};return ()=>((!r||Date.now()>o$1-N)&&(o$1=Number.POSITIVE_INFINITY,r=m()),r)}

export { D as assumeRoleCredentials, b as organizationAccounts };
