import 'node:module';
import { t as te, A, $, n as ne, i as ie } from './chunk-DXV7gtUK.js';
import { j, q, H } from './markdown-CP8Dj02y.js';
import { b, J, z as z$1 } from './chunk-Bz1FYRLA.js';
import './catalog-k05N2RAm.js';
import { s, p } from '../start.js';
import { M, I, R, o } from './chunk-k3N7N7-f.js';
import './zod-BTVlEME2.js';

var i=p(o(),1);async function z(s$1,r,t){let l=M(r.format,t.env),p=I(r.framework);for(let e of l)e.path&&b((0, i.resolve)(t.cwd,e.path),e.path);if(s$1.length===0)throw new s("merge: give the JSON reports to combine");let c=await te(r,t.cwd),a=[];for(let e of s$1){let n=await J((0, i.resolve)(t.cwd,e),"report");a.push({file:e,report:await z$1(j,{...n,file:e},"JSON report")});}let v=A(a,{...r.failOn?{failOn:R(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),S=r.allowIncomplete===true,o=$(ne(v,c,{allowIncomplete:S,stale:false}),p.length?p:I(a.flatMap(({report:e})=>e.frameworks?.map(n=>n.id)??[]))),M$1=await Promise.all(l.map(async e=>({target:e,texts:await q(e,o,r,t)})));return H(M$1,t),ie(o,c,r,t,o.lang),o.exitCode}

export { z as mergeCommand };
