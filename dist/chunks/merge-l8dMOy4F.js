import 'node:module';
import { M, N, U } from './chunk-dvrITMcL.js';
import { i as ie } from './chunk-DUx0Rgus.js';
import { v, S, R as R$1 } from './markdown-Dos7MUWI.js';
import { O as O$2, c } from './chunk-CrFdek62.js';
import { O as O$1, R, I } from './select-DWfKmrUd.js';
import { s, p } from '../start.js';
import './chunk-DdhcRQiW.js';
import './zod-COQ0gGwo.js';
import './ja-DSic3yV3.js';

var O=p(c(),1);async function z(i,r,t){let n=O$1(r.format,t.env),l=R(r.framework);for(let e of n)e.path&&O$2((0, O.resolve)(t.cwd,e.path),e.path);if(i.length===0)throw new s("merge: give the JSON reports to combine","merge: \u307E\u3068\u3081\u308B JSON \u30EC\u30DD\u30FC\u30C8\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044");let o=M(r)?await(await import('./past-Y-KG9nmj.js')).openPast(r,t.cwd):void 0,m=[];for(let e of i)m.push(await ie(e,t.cwd));let{report:P,tally:b}=N(m,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),c=v(P,n,o!==void 0),w=l.length?l:R(m.flatMap(({report:e})=>e.frameworks?.map(S=>S.id)??[])),v$1=r.allowIncomplete===true,a=o?U(o.apply(c,{allowIncomplete:v$1,stale:false}),w):U(c,w,b),M$1=await Promise.all(n.map(async e=>({target:e,texts:await S(e,a,r,t)})));return R$1(M$1,t),o?.write(a,t,a.lang),a.exitCode}

export { z as mergeCommand };
