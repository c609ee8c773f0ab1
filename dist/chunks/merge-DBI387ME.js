import 'node:module';
import { z as z$1 } from './chunk-ub9KDA1O.js';
import { M as M$1, N, U } from './chunk-DVY3Ik5X.js';
import './chunk-CUhzXLul.js';
import { v as v$1, O, T } from './markdown-CsKxLd_k.js';
import { s, c, p, o } from '../start.js';
import { v } from './chunk-DsQfOCbu.js';
import './catalog-BfOfIE3o.js';
import { j, R, I } from './chunk-C4Yq3R4K.js';
import './chunk-BUJLVzUj.js';
import './zod-CG_B3xkn.js';

var M=p(o(),1);async function z(l,r,e){let n=j(r.format,e.env),c$1=R(r.framework);for(let t of n)t.path&&v((0, M.resolve)(e.cwd,t.path),t.path);if(l.length===0)throw new s("merge: give the JSON reports to combine");let o=M$1(r)?await(await import('./past-Ds5fnfv4.js')).openPast(r,e.cwd):void 0,m=[];for(let t of l)m.push(await z$1(t,e.cwd));let{report:s$1,tally:T$1}=N(m,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),f=o||n.some(t=>!v$1.includes(t.format))?{...s$1,accounts:s$1.accounts.map(c())}:s$1,w=c$1.length?c$1:R(m.flatMap(({report:t})=>t.frameworks?.map(v=>v.id)??[])),b=r.allowIncomplete===true,a=o?U(o.apply(f,{allowIncomplete:b,stale:false}),w):U(f,w,T$1),S=await Promise.all(n.map(async t=>({target:t,texts:await O(t,a,r,e)})));return T(S,e),o?.write(a,e,a.lang),a.exitCode}

export { z as mergeCommand };
