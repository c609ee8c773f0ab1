import 'node:module';
import { z as sf } from './zod-CV1x5RCR.js';
import { a as ro, Q as Qn, n as nn, e as ea, Z as Zn } from './chunk-C4tqJElu.js';
import { j as jt, q as qn, Q as Qs, V as Vn, K as Kn } from './chunk-Bx5JPqnY.js';
import { c as o } from '../start.js';
import './dist-es-DtQ_o2l8.js';
import './chunk-b-3sdFR5.js';
import './chunk-Dv4FKlGu.js';
import './chunk-PoOQ3rRI.js';

var d=class extends Qn(Zn,ea,"ListAccounts",nn){};var u=class extends qn(Kn,Vn,"AssumeRole",Qs){};var N=new Set(["AssumeRole"]),h=5*6e4,T=sf.array(sf.object({Id:sf.string().regex(/^\d{12}$/,"a 12-digit account id").optional(),Name:sf.string().optional()}));async function*b(t){let n=t.client(ro,"organizations","us-east-1"),r;do{let s=await t.send(n,"organizations",new d({NextToken:r})),i=T.safeParse(s.Accounts??[]);if(!i.success)throw new o({service:"organizations",operation:"ListAccounts",code:"NotAnAwsAnswer",kind:"unknown",message:`the answer to organizations:ListAccounts was not what AWS sends (${i.error.issues[0]?.message??"unexpected shape"})`});yield (s.Accounts??[]).filter(e=>(e.State??e.Status)==="ACTIVE"&&e.Id).map(e=>({id:e.Id,...e.Name?{name:e.Name}:{}})),r=s.NextToken||void 0;}while(r)}function D(t,n){let r=t.client(jt,"sts","us-east-1",N),s=`arn:${n.partition}:iam::${n.accountId}:role/${n.roleName}`,i,e=0,R=async()=>{let l;try{l=await t.send(r,"sts",new u({RoleArn:s,RoleSessionName:"aws-baseline",DurationSeconds:3600,...n.externalId?{ExternalId:n.externalId}:{}}));}catch(m){throw m instanceof o?new o({...m.toJSON(),message:`cannot assume ${s}: ${m.message}`}):m}let o$1=l.Credentials;if(!o$1?.AccessKeyId||!o$1.SecretAccessKey)throw new o({service:"sts",operation:"AssumeRole",code:"NoCredentials",kind:"unknown",message:`AssumeRole on ${s} returned no credentials`});return e=o$1.Expiration?.getTime()??Date.now()+36e5,{accessKeyId:o$1.AccessKeyId,secretAccessKey:o$1.SecretAccessKey,sessionToken:o$1.SessionToken,expiration:o$1.Expiration}};return ()=>((!i||Date.now()>e-h)&&(e=Number.POSITIVE_INFINITY,i=R()),i)}

export { D as assumeRoleCredentials, b as organizationAccounts };
