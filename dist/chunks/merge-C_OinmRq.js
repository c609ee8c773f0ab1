import 'node:module';
import { D, V } from './chunk-CL3S6-8f.js';
import { v, O } from './junit-BoSNVeHM.js';
import { b, J, z } from './html-CigSIIf5.js';
import { O as Or, L as Lr } from './json-BVvwF5GQ.js';
import { s, p, a as o$1 } from '../start.js';
import './zod-BmjRqHiD.js';

var o=p(o$1(),1);async function N(a,e,t){let n=Or(e.format,t.env);for(let r of n)r.path&&b((0, o.resolve)(t.cwd,r.path),r.path);if(a.length===0)throw new s("merge: give the JSON reports to combine");let m=[];for(let r of a){let x=await J((0, o.resolve)(t.cwd,r),"report");m.push({file:r,report:await z(D,{...x,file:r},"JSON report")});}let i=V(m,{...e.failOn?{failOn:Lr(e.failOn,{})}:{},allowIncomplete:e.allowIncomplete===true}),F=await Promise.all(n.map(async r=>({target:r,texts:await v(r,i,e,t)})));return O(F,t),i.exitCode}

export { N as mergeCommand };
