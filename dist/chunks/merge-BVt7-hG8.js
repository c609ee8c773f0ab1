import 'node:module';
import { g, x } from './junit-CXSEV-Yb.js';
import { S, E, L } from './html-C3jrdRNF.js';
import { B, V } from './chunk-Bf4FFCzk.js';
import { v as va, C as Ca } from './json-DosL5RGz.js';
import { s, p, a as o } from '../start.js';
import './zod-Cf0XzY4V.js';

var a=p(o(),1);async function N(n,t,e){let m=va(t.format,e.env);for(let r of m)r.path&&S((0, a.resolve)(e.cwd,r.path),r.path);if(n.length===0)throw new s("merge: give the JSON reports to combine");let i=[];for(let r of n){let o=await E((0, a.resolve)(e.cwd,r),"report");i.push({file:r,report:await L(B,{...o,file:r},"JSON report")});}let p=V(i,{...t.failOn?{failOn:Ca(t.failOn,{})}:{},allowIncomplete:t.allowIncomplete===true}),F=await Promise.all(m.map(async r=>({target:r,texts:await g(r,p,t,e)})));for(let{target:r,texts:o}of F)x(r,o,e);return p.exitCode}

export { N as mergeCommand };
