import 'node:module';
import { g, x as x$1 } from './junit-BwHYynLx.js';
import { S, x, L } from './html--M2ZK04W.js';
import { B, V } from './chunk-DI_eyAZi.js';
import { w as wa, M as Ma } from './json-C1HT-EZ3.js';
import { s, p, a as o } from '../start.js';
import './zod-DqHO7iP-.js';

var a=p(o(),1);async function N(n,t,e){let m=wa(t.format,e.env);for(let r of m)r.path&&S((0, a.resolve)(e.cwd,r.path),r.path);if(n.length===0)throw new s("merge: give the JSON reports to combine");let i=[];for(let r of n){let o=await x((0, a.resolve)(e.cwd,r),"report");i.push({file:r,report:await L(B,{...o,file:r},"JSON report")});}let p=V(i,{...t.failOn?{failOn:Ma(t.failOn,{})}:{},allowIncomplete:t.allowIncomplete===true}),F=await Promise.all(m.map(async r=>({target:r,texts:await g(r,p,t,e)})));for(let{target:r,texts:o}of F)x$1(r,o,e);return p.exitCode}

export { N as mergeCommand };
