import 'node:module';
import { g as g$1 } from './html-C3jrdRNF.js';
import { s, p as p$1, a as o, d as o$1 } from '../start.js';

function t(r,n){if(n===0)return r;let s=r.lastIndexOf(".");return s>r.lastIndexOf("/")?`${r.slice(0,s)}-${n+1}${r.slice(s)}`:`${r}-${n+1}`}

var p=p$1(o$1(),1),m=p$1(o(),1);async function g(e,r,o,n){switch(e.format){case "json":return [(await import('./json-DosL5RGz.js').then(function (n) { return n.B; })).renderJson(r)];case "sarif":return (await import('./sarif-r_XJPoYf.js')).renderSarifLogs(r,{locations:o.sarifLocations}).map(t=>`${JSON.stringify(t,null,2)}
`);case "junit":return [(await Promise.resolve().then(function () { return junitA6CLBW75; })).renderJunit(r)];case "github":return [(await import('../start.js').then(function (n) { return n.Q; })).renderGithub(r)];case "markdown":return [(await import('../start.js').then(function (n) { return n.R; })).renderMarkdown(r)];case "html":return [(await import('./html-C3jrdRNF.js').then(function (n) { return n.a; })).renderHtml(r)];case "csv":case "csv-excel":return [(await import('./csv-CqBBxYit.js')).renderCsv(r,{excel:e.format==="csv-excel"})];case "text":{let t=e.path===void 0&&n.stdoutIsTty()&&!n.env.NO_COLOR&&o.color!==false;return [(await import('./text-DkcW3pVa.js')).renderText(r,{color:t,quiet:o.quiet===true})]}}}function x(e,r,o){if(!e.path){if(r.length>1)throw new s(`--format ${e.format}: the report needs ${r.length} files (GitHub takes 20 runs per file); give it a path, e.g. --format ${e.format}=out.${e.format}`);r.forEach(t=>o.stdout(t));return}let n=(0, m.resolve)(o.cwd,e.path);if(e.append){try{(0,p.appendFileSync)(n,r.join(""));}catch(t){throw new s(`cannot append to ${e.path}: ${t.code??t.message}`)}return}r.forEach((t$1,f)=>g$1(t(n,f),t$1));}

var f={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&apos;"};function n(e){return e.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,"").replace(/[&<>"']/g,t=>f[t]??t)}function F(e){return `${e.checkId} [${e.region}] ${e.resource}`}function A(e){let t=n(e.message),o=n(e.remediation);if(e.suppressed)return `<skipped message="${n(`suppressed: ${e.suppressed.reason}`)}"/>`;switch(e.status){case "FAIL":return `<failure message="${t}" type="${e.severity}">${t}
${o}</failure>`;case "ERROR":return `<error message="${t}" type="${n(String(e.details?.errorKind??"error"))}">${t}
${o}</error>`;case "SKIPPED":return `<skipped message="${t}"/>`;case "MANUAL":return `<skipped message="${n(`manual verification needed: ${e.message}`)}"/>`;default:return ""}}function E(e){let t=e.accounts.map(r=>{let u=new Map,c=r.results.map(s=>{let a=F(s),p=(u.get(a)??0)+1;u.set(a,p),p>1&&(a=`${a} #${p}`);let $=A(s),d=`    <testcase classname="${n(`aws-baseline.${s.checkId}`)}" name="${n(a)}" time="0">`;return $?`${d}
      ${$}
    </testcase>`:`${d}</testcase>`}),i=s=>r.results.filter(s).length,m=i(s=>s.status==="FAIL"&&!s.suppressed),g=i(s=>s.status==="ERROR"&&!s.suppressed),l=i(s=>s.suppressed!==void 0||s.status==="SKIPPED"||s.status==="MANUAL"),R=(r.checks.reduce((s,a)=>s+a.durationMs,0)/1e3).toFixed(3);return [`  <testsuite name="${n(`aws-baseline ${r.id}`)}" tests="${r.results.length}" failures="${m}" errors="${g}" skipped="${l}" time="${R}" timestamp="${e.startedAt.replace(/Z$/,"")}">`,...c,"  </testsuite>"].join(`
`)}),o=r=>e.accounts.reduce((u,c)=>u+c.results.filter(i=>i.status===r&&!i.suppressed).length,0);return ['<?xml version="1.0" encoding="UTF-8"?>',`<testsuites name="aws-baseline" tests="${e.summary.total}" failures="${o("FAIL")}" errors="${o("ERROR")}">`,...t,"</testsuites>",""].join(`
`)}

var junitA6CLBW75 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    renderJunit: E,
    xml: n
});

export { g, t, x };
