import 'node:module';
import { D, V } from './chunk-4c5I22nl.js';
import { v, O } from './junit-bRUYRxtK.js';
import { b, J, z } from './html-DCb39sKe.js';
import { P as Pr, z as zr } from './json-CJAfYHqA.js';
import { s, p, a as o$1 } from '../start.js';
import './zod-25QPtVgQ.js';

var o=p(o$1(),1);async function N(a,e,t){let n=Pr(e.format,t.env);for(let r of n)r.path&&b((0, o.resolve)(t.cwd,r.path),r.path);if(a.length===0)throw new s("merge: give the JSON reports to combine");let m=[];for(let r of a){let x=await J((0, o.resolve)(t.cwd,r),"report");m.push({file:r,report:await z(D,{...x,file:r},"JSON report")});}let i=V(m,{...e.failOn?{failOn:zr(e.failOn,{})}:{},allowIncomplete:e.allowIncomplete===true}),F=await Promise.all(n.map(async r=>({target:r,texts:await v(r,i,e,t)})));return O(F,t),i.exitCode}

export { N as mergeCommand };
