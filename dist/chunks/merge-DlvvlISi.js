import 'node:module';
import { g, x as x$1 } from './junit-BANDih9p.js';
import { S, x, L } from './html-CIFDnz8K.js';
import { B, V } from './chunk-xtYb_dBR.js';
import { w as wa, M as Ma } from './json-_KJnZleF.js';
import { s, p, o } from '../start.js';
import './zod-BmjRqHiD.js';

var a=p(o(),1);async function N(n,t,e){let m=wa(t.format,e.env);for(let r of m)r.path&&S((0, a.resolve)(e.cwd,r.path),r.path);if(n.length===0)throw new s("merge: give the JSON reports to combine");let i=[];for(let r of n){let o=await x((0, a.resolve)(e.cwd,r),"report");i.push({file:r,report:await L(B,{...o,file:r},"JSON report")});}let p=V(i,{...t.failOn?{failOn:Ma(t.failOn,{})}:{},allowIncomplete:t.allowIncomplete===true}),F=await Promise.all(m.map(async r=>({target:r,texts:await g(r,p,t,e)})));for(let{target:r,texts:o}of F)x$1(r,o,e);return p.exitCode}

export { N as mergeCommand };
