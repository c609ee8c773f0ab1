import 'node:module';
import { w, i as i$1 } from './html-BN_bsZdi.js';
import { s, p, d as o, a as o$1 } from '../start.js';

function t(r,n){if(n===0)return r;let s=r.lastIndexOf(".");return s>r.lastIndexOf("/")?`${r.slice(0,s)}-${n+1}${r.slice(s)}`:`${r}-${n+1}`}

var u=p(o(),1),d=p(o$1(),1);async function v(e,t,i,o){switch(e.format){case "json":return [(await import('./json-Cf5nFxaF.js').then(function (n) { return n.h; })).renderJson(t)];case "sarif":return (await import('./sarif-5e0Mmirm.js')).renderSarifLogs(t,{locations:i.sarifLocations}).map(a=>`${JSON.stringify(a,null,2)}
`);case "junit":return [(await Promise.resolve().then(function () { return junit425UMRUL; })).renderJunit(t)];case "github":return [(await import('./html-BN_bsZdi.js').then(function (n) { return n.a; })).renderGithub(t)];case "markdown":return [(await import('./html-BN_bsZdi.js').then(function (n) { return n.c; })).renderMarkdown(t)];case "html":return [(await import('./html-BN_bsZdi.js').then(function (n) { return n.h; })).renderHtml(t)];case "csv":case "csv-excel":return [(await import('./csv-CqBBxYit.js')).renderCsv(t,{excel:e.format==="csv-excel"})];case "text":{let a=e.path===void 0&&o.stdoutIsTty()&&!o.env.NO_COLOR&&i.color!==false;return [(await import('./text-DmLG17Bz.js')).renderText(t,{color:a,quiet:i.quiet===true})]}}}function g(e,t$1,i){if(!e.path){if(t$1.length>1)throw new s(`--format ${e.format}: the report needs ${t$1.length} files (GitHub takes 20 runs per file); give it a path, e.g. --format ${e.format}=out.${e.format}`);return t$1.forEach(n=>i.stdout(n)),[]}let o=(0, d.resolve)(i.cwd,e.path);if(e.append){try{(0,u.appendFileSync)(o,t$1.join(""));}catch(n){throw new s(`cannot append to ${e.path}: ${n.code??n.message}`)}return []}let a=[];try{t$1.forEach((n,r)=>a.push(w(t(o,r),n)));}catch(n){throw a.forEach(r=>r.discard()),n}return a}function O(e,t){let i=[],o=[],a=r=>{try{r();}catch(s$1){if(!(s$1 instanceof s))throw s$1;o.push(s$1);}};for(let{target:r,texts:s}of e)a(()=>i.push(...g(r,s,t)));for(let r of i)a(()=>r.commit());let[n]=o;if(n&&o.length===1)throw n;if(o.length>1)throw new s(o.map(r=>r.message).join(`
`),o.map(r=>r.ja??r.message).join(`
`))}

var L={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&apos;"};function i(s){return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,"").replace(/[&<>"']/g,t=>L[t]??t)}function A(s){return `${s.checkId} [${s.region}] ${s.resource}`}function k(s){let t=i(s.message),o=i(s.remediation);if(s.suppressed)return `<skipped message="${i(`suppressed: ${s.suppressed.reason}`)}"/>`;switch(s.status){case "FAIL":return `<failure message="${t}" type="${s.severity}">${t}
${o}</failure>`;case "ERROR":return `<error message="${t}" type="${i(String(s.details?.errorKind??"error"))}">${t}
${o}</error>`;case "SKIPPED":return `<skipped message="${t}"/>`;case "MANUAL":return `<skipped message="${i(`manual verification needed: ${s.message}`)}"/>`;default:return ""}}function b(s){let t=s.accounts.map(n=>{let u=new Map,c=n.results.map(e=>{let a=A(e),d=(u.get(a)??0)+1;u.set(a,d),d>1&&(a=`${a} #${d}`);let $=k(e),p=`    <testcase classname="${i(`aws-baseline.${e.checkId}`)}" name="${i(a)}" time="0">`;return $?`${p}
      ${$}
    </testcase>`:`${p}</testcase>`}),r=e=>n.results.filter(e).length,l=r(e=>e.status==="FAIL"&&!e.suppressed),f=r(e=>e.status==="ERROR"&&!e.suppressed),R=r(e=>e.suppressed!==void 0||e.status==="SKIPPED"||e.status==="MANUAL"),F=(n.checks.reduce((e,a)=>e+a.durationMs,0)/1e3).toFixed(3);return [`  <testsuite name="${i(`aws-baseline ${n.id}`)}" tests="${n.results.length}" failures="${l}" errors="${f}" skipped="${R}" time="${F}" timestamp="${s.startedAt.replace(/Z$/,"")}">`,...c,"  </testsuite>"].join(`
`)});if(s.notListed){let n=i(i$1(s.lang).notListed(s.notListed.after,s.notListed.message));t.push([`  <testsuite name="aws-baseline organization" tests="1" failures="0" errors="1" skipped="0" time="0" timestamp="${s.startedAt.replace(/Z$/,"")}">`,'    <testcase classname="aws-baseline.organization" name="organizations:ListAccounts" time="0">',`      <error message="${n}" type="${i(s.notListed.kind)}">${n}</error>`,"    </testcase>","  </testsuite>"].join(`
`));}let o=s.notListed?1:0,m=n=>s.accounts.reduce((u,c)=>u+c.results.filter(r=>r.status===n&&!r.suppressed).length,0);return ['<?xml version="1.0" encoding="UTF-8"?>',`<testsuites name="aws-baseline" tests="${s.summary.total+o}" failures="${m("FAIL")}" errors="${m("ERROR")+o}">`,...t,"</testsuites>",""].join(`
`)}

var junit425UMRUL = /*#__PURE__*/Object.freeze({
    __proto__: null,
    renderJunit: b,
    xml: i
});

export { O, t, v };
