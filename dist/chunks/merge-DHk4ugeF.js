import 'node:module';
import { S, K, _, G } from './markdown-Ba26EQUj.js';
import { b, J, z, a as z$1 } from './chunk-DJtUjwHd.js';
import { g as gr, h as hr, p as pr } from './json-qDNYeNxO.js';
import { s, p, a as o } from '../start.js';
import './chunk-w1q_JlLi.js';

var n=p(o(),1);async function A(i,e,t){let p=gr(e.format,t.env),s$1=hr(e.framework);for(let r of p)r.path&&b((0, n.resolve)(t.cwd,r.path),r.path);if(i.length===0)throw new s("merge: give the JSON reports to combine");let o=[];for(let r of i){let a=await J((0, n.resolve)(t.cwd,r),"report");o.push({file:r,report:await z(S,{...a,file:r},"JSON report")});}let I=z$1(o,{...e.failOn?{failOn:pr(e.failOn,{})}:{},allowIncomplete:e.allowIncomplete===true}),l=K(I,s$1.length?s$1:hr(o.flatMap(({report:r})=>r.frameworks?.map(a=>a.id)??[]))),b$1=await Promise.all(p.map(async r=>({target:r,texts:await _(r,l,e,t)})));return G(b$1,t),l.exitCode}

export { A as mergeCommand };
