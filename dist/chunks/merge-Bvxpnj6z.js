import 'node:module';
import { M, N, U } from './chunk-GFQMVDKm.js';
import { n as ne } from './chunk-B3NUzhHC.js';
import { S, R as R$1, E } from './markdown-BaEJBNGG.js';
import { $, c } from './chunk-m4kKSXBq.js';
import { j, R, I } from './select-DEVUpzNx.js';
import { s, p } from '../start.js';
import './chunk-BqWppNdK.js';
import './zod-BAu5VzgB.js';

var O=p(c(),1);async function z(i,r,t){let n=j(r.format,t.env),l=R(r.framework);for(let e of n)e.path&&$((0, O.resolve)(t.cwd,e.path),e.path);if(i.length===0)throw new s("merge: give the JSON reports to combine");let o=M(r)?await(await import('./past-DuN_KPlF.js')).openPast(r,t.cwd):void 0,m=[];for(let e of i)m.push(await ne(e,t.cwd));let{report:P,tally:b}=N(m,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),c=S(P,n,o!==void 0),w=l.length?l:R(m.flatMap(({report:e})=>e.frameworks?.map(C=>C.id)??[])),v=r.allowIncomplete===true,a=o?U(o.apply(c,{allowIncomplete:v,stale:false}),w):U(c,w,b),M$1=await Promise.all(n.map(async e=>({target:e,texts:await R$1(e,a,r,t)})));return E(M$1,t),o?.write(a,t,a.lang),a.exitCode}

export { z as mergeCommand };
