import 'node:module';
import { T, A, N as N$1 } from './chunk-CuaQEW2O.js';
import { v as v$1, O } from './markdown-UEEhOSPm.js';
import './catalog--I2xUXdv.js';
import { s, p } from '../start.js';
import { j, R, I, o } from './chunk-BYtDfpce.js';
import { l } from './chunk-BplHdS3k.js';
import { v } from './chunk-sKF7a7Tr.js';
import './json-B0StIUCI.js';

var x=p(o(),1);async function N(p,e,r){let s$1=j(e.format,r.env),i=R(e.framework);for(let t of s$1)t.path&&v((0, x.resolve)(r.cwd,t.path),t.path);if(p.length===0)throw new s("merge: give the JSON reports to combine");let a=T(e)?await(await import('./past-CbNHrp3S.js')).openPast(e,r.cwd):void 0,n=[];for(let t of p)n.push(await l(t,r.cwd));let l$1=A(n,{...e.failOn?{failOn:I(e.failOn,{})}:{},allowIncomplete:e.allowIncomplete===true}),y=e.allowIncomplete===true,o=N$1(a?a.apply(l$1,{allowIncomplete:y,stale:false}):l$1,i.length?i:R(n.flatMap(({report:t})=>t.frameworks?.map(P=>P.id)??[]))),O$1=await Promise.all(s$1.map(async t=>({target:t,texts:await v$1(t,o,e,r)})));return O(O$1,r),a?.write(o,r,o.lang),o.exitCode}

export { N as mergeCommand };
