import 'node:module';
import { D, V } from './chunk-Dz4yTdUG.js';
import { v, O } from './junit-LxPMUGmB.js';
import { b, J, z } from './html-BN_bsZdi.js';
import { D as Dr, W as Wr } from './json-Cf5nFxaF.js';
import { s, p, a as o$1 } from '../start.js';
import './zod-25QPtVgQ.js';

var o=p(o$1(),1);async function N(a,e,t){let n=Dr(e.format,t.env);for(let r of n)r.path&&b((0, o.resolve)(t.cwd,r.path),r.path);if(a.length===0)throw new s("merge: give the JSON reports to combine");let m=[];for(let r of a){let x=await J((0, o.resolve)(t.cwd,r),"report");m.push({file:r,report:await z(D,{...x,file:r},"JSON report")});}let i=V(m,{...e.failOn?{failOn:Wr(e.failOn,{})}:{},allowIncomplete:e.allowIncomplete===true}),F=await Promise.all(n.map(async r=>({target:r,texts:await v(r,i,e,t)})));return O(F,t),i.exitCode}

export { N as mergeCommand };
