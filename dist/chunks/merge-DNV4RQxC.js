import 'node:module';
import { a as ae, y as ye, A, c as ce, e as ee, d as de, l as le } from './chunk-CwsHPMUT.js';
import { w, H, Z } from './markdown-XqdBUyk9.js';
import { v, J, z } from './chunk-CJgYoqdY.js';
import './catalog-CZGry622.js';
import { s, p } from '../start.js';
import { j, R, I, o } from './chunk-TXFFEKwH.js';
import './json-B0StIUCI.js';

var m=p(o(),1);async function Q(s$1,r,t){let p=j(r.format,t.env),l=R(r.framework);for(let e of p)e.path&&v((0, m.resolve)(t.cwd,e.path),e.path);if(s$1.length===0)throw new s("merge: give the JSON reports to combine");let c=await ae(r,t.cwd),w$1=await ye(r.history,t.cwd),a=[];for(let e of s$1){let n=await J((0, m.resolve)(t.cwd,e),"report");a.push({file:e,report:await z(w,{...n,file:e},"JSON report")});}let C=A(a,{...r.failOn?{failOn:I(r.failOn,{})}:{},allowIncomplete:r.allowIncomplete===true}),J$1=r.allowIncomplete===true,f=ce(C,c,{allowIncomplete:J$1,stale:false}),o=ee(w$1?de(f,w$1):f,l.length?l:R(a.flatMap(({report:e})=>e.frameworks?.map(n=>n.id)??[]))),N=await Promise.all(p.map(async e=>({target:e,texts:await H(e,o,r,t)})));return Z(N,t),le(o,c,r,t,o.lang),o.exitCode}

export { Q as mergeCommand };
