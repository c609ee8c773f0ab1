import 'node:module';
import { M, N, U } from './chunk-Dsgjm6_t.js';
import { n as ne } from './chunk-C8jpWyTo.js';
import { S, R as R$1, E } from './markdown-CbT4X7nV.js';
import { $, a as o } from './chunk-BbVCk0jO.js';
import { j, R, I } from './select-TzC2RxMl.js';
import { s, p } from '../start.js';
import './chunk-BUJLVzUj.js';
import './zod-bxV831kO.js';

var O=p(o(),1);async function z(i,r,t){let n=j(r.format,t.env),l=R(r.framework);for(let e of n)e.path&&$((0, O.resolve)(t.cwd,e.path),e.path);if(i.length===0)throw new s("merge: give the JSON reports to combine");let o=M(r)?await(await import('./past-5TW-AiTj.js')).openPast(r,t.cwd):void 0,m=[];for(let e of i)m.push(await ne(e,t.cwd));let{report:P,tally:b}=N(m,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),c=S(P,n,o!==void 0),w=l.length?l:R(m.flatMap(({report:e})=>e.frameworks?.map(C=>C.id)??[])),v=r.allowIncomplete===true,a=o?U(o.apply(c,{allowIncomplete:v,stale:false}),w):U(c,w,b),M$1=await Promise.all(n.map(async e=>({target:e,texts:await R$1(e,a,r,t)})));return E(M$1,t),o?.write(a,t,a.lang),a.exitCode}

export { z as mergeCommand };
