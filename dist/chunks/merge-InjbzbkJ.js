import 'node:module';
import { z as z$1 } from './chunk-CGV_P5IG.js';
import { M as M$1, N, U } from './chunk-r-MddOaB.js';
import './chunk-dsJZXagH.js';
import { v as v$1, O, T } from './markdown-BXJHGgmK.js';
import { s, c, p, o } from '../start.js';
import { v } from './chunk-CTGtydMf.js';
import './catalog-CsYFOO7z.js';
import { j, R, I } from './chunk-Cwu9ZmYJ.js';
import './chunk-BUJLVzUj.js';
import './zod-BAu5VzgB.js';

var M=p(o(),1);async function z(l,r,e){let n=j(r.format,e.env),c$1=R(r.framework);for(let t of n)t.path&&v((0, M.resolve)(e.cwd,t.path),t.path);if(l.length===0)throw new s("merge: give the JSON reports to combine");let o=M$1(r)?await(await import('./past-D48eoWP2.js')).openPast(r,e.cwd):void 0,m=[];for(let t of l)m.push(await z$1(t,e.cwd));let{report:s$1,tally:T$1}=N(m,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),f=o||n.some(t=>!v$1.includes(t.format))?{...s$1,accounts:s$1.accounts.map(c())}:s$1,w=c$1.length?c$1:R(m.flatMap(({report:t})=>t.frameworks?.map(v=>v.id)??[])),b=r.allowIncomplete===true,a=o?U(o.apply(f,{allowIncomplete:b,stale:false}),w):U(f,w,T$1),S=await Promise.all(n.map(async t=>({target:t,texts:await O(t,a,r,e)})));return T(S,e),o?.write(a,e,a.lang),a.exitCode}

export { z as mergeCommand };
