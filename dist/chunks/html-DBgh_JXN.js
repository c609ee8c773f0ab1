import 'node:module';
import { e as a$1, d as R$1, j as u, p as p$1 } from './select-DWfKmrUd.js';
import { j as i, D as r, x as e, w as h, a as s, p, k as c$2 } from '../start.js';
import { s as s$1, b as a$2, a as r$1, e as e$1, c as c$1, r as r$2 } from './markdown-Dos7MUWI.js';

var M$1=p(c$2(),1);var C={en:{title:"aws-baseline report",accounts:t=>`${t} account${t===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",fixFirst:"Fix these first",fixFirstHint:"The failing checks, most severe first, then those failing in the most accounts.",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(t,e)=>`--fail-on ${t} \u2192 exit ${e}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters.",unitMap:"Organizational units \xD7 checks",unitHint:"Each cell shows the worst status of that check among the accounts of the unit, and how many of them fail it; a unit opens its accounts below.",failingIn:(t,e)=>`${t} of ${e} account(s) fail`,noUnit:"(no OU)",trend:"Trend",trendHint:(t,e,s)=>`Unsuppressed FAILs of each check that failed at some moment, over ${t} reports from ${e} to ${s}; a gap: not judged then.`,now:"Now",moreSeries:t=>`\u2026 and ${t} more (see the JSON report's trend).`},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:t=>`${t} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",fixFirst:"\u307E\u305A\u76F4\u3059\u3082\u306E",fixFirstHint:"FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u3092\u3001\u91CD\u5927\u5EA6\u306E\u9AD8\u3044\u9806\u3001\u6B21\u306B FAIL \u3057\u305F\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u591A\u3044\u9806\u306B\u4E26\u3079\u3066\u3044\u307E\u3059\u3002",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(t,e)=>`--fail-on ${t} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${e}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002",unitMap:"\u7D44\u7E54\u5358\u4F4D \xD7 \u30C1\u30A7\u30C3\u30AF",unitHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u7D44\u7E54\u5358\u4F4D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3068\u3001FAIL \u3057\u305F\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u6570\u3067\u3059\u3002\u7D44\u7E54\u5358\u4F4D\u3092\u9078\u3076\u3068\u4E0B\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3092\u8868\u793A\u3057\u307E\u3059\u3002",failingIn:(t,e)=>`${e} \u30A2\u30AB\u30A6\u30F3\u30C8\u4E2D ${t} \u30A2\u30AB\u30A6\u30F3\u30C8\u304C FAIL`,noUnit:"(OU \u306A\u3057)",trend:"\u63A8\u79FB",trendHint:(t,e,s)=>`\u3044\u305A\u308C\u304B\u306E\u6642\u70B9\u3067 FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u306E\u3001\u6291\u5236\u3055\u308C\u3066\u3044\u306A\u3044 FAIL \u306E\u6570(${e} \u304B\u3089 ${s} \u307E\u3067\u306E ${t} \u4EF6\u306E\u30EC\u30DD\u30FC\u30C8)\u3002\u9014\u5207\u308C\u3066\u3044\u308B\u7B87\u6240\u306F\u305D\u306E\u6642\u70B9\u3067\u5224\u5B9A\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002`,now:"\u73FE\u5728",moreSeries:t=>`\u2026\u307B\u304B ${t} \u4EF6(JSON \u30EC\u30DD\u30FC\u30C8\u306E trend \u3092\u53C2\u7167)\u3002`}},A={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},H={critical:"C",high:"H",medium:"M",low:"L",info:"I"},m=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],N={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},a=t=>t.replace(/[&<>"']/g,e=>N[e]??e),k=(t,e)=>`f-${t}-${e.replace(/[^\w-]/g,"_")}`,f=t=>t.suppressed&&t.status==="FAIL"?"SKIPPED":t.status;function W(t){return m.find(e=>t.some(s=>f(s)===e))}function v(t,e=t){return `<span class="st st-${t}"><span aria-hidden="true">${A[t]}</span> ${a(e)}</span>`}function K(t){let e=new Map(t.map((s,o)=>[s.id,o]));return s=>{let o=t.map(()=>m.length);for(let n of s.results){let c=e.get(n.checkId);c!==void 0&&(o[c]=Math.min(o[c]??m.length,m.indexOf(f(n))));}return {id:s.id,...s.name===void 0?{}:{name:s.name},...s.ou?{ou:s.ou}:{},cells:o.map(n=>m[n])}}}function T(t){let e=new Map;for(let s of t){let o=s.ou?.id??"",n=e.get(o)??{id:o,path:a$1(s),accounts:[]};n.accounts.push(s),e.set(o,n);}return [...e.values()].sort((s,o)=>s.id===""?1:o.id===""||s.path<o.path?-1:s.path>o.path?1:0)}var U=t=>t.catalog.map(e=>`<th scope="col" data-check="${a(e.id)}" title="${a(e.title)}"><span>${a(e.id)}</span></th>`).join("");function q(t,e,s){let o=T(e).map(n=>{let c=t.catalog.map((i,d)=>{let r=m.find(l=>n.accounts.some(p=>p.cells[d]===l));if(!r)return `<td data-check="${a(i.id)}"></td>`;let u=n.accounts.filter(l=>l.cells[d]==="FAIL").length,h=`${n.path||s.noUnit} ${i.id}: ${r}${r==="FAIL"?` (${i.severity}) \u2014 ${s.failingIn(u,n.accounts.length)}`:""}`;return `<td data-check="${a(i.id)}" class="cell st-${r}"><a href="#${R(n.id)}" aria-label="${a(h)}" title="${a(h)}">${A[r]}${r==="FAIL"?`<small>${u}</small>`:""}</a></td>`});return `<tr><th scope="row"><a href="#${R(n.id)}">${a(n.path||s.noUnit)}</a><br><small>${s.accounts(n.accounts.length)}</small></th>${c.join("")}</tr>`});return `<section id="units"><h2>${s.unitMap}</h2><p class="hint">${s.unitHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">OU</th>${U(t)}</tr></thead><tbody>${o.join("")}</tbody></table></div></section>`}var R=t=>`ou-${t||"none"}`;function B(t,e,s){let o=U(t),n=i=>{let d=t.catalog.map((r,u)=>{let h=i.cells[u];if(!h)return `<td data-check="${a(r.id)}"></td>`;let l=h==="FAIL",p=`${i.id} ${r.id}: ${h}${l?` (${r.severity})`:""}`,J=l?`<small class="sev-${r.severity}">${H[r.severity]}</small>`:"";return `<td data-check="${a(r.id)}" class="cell st-${h}"><a href="#${k(i.id,r.id)}" aria-label="${a(p)}" title="${a(p)}">${A[h]}${J}</a></td>`});return `<tr><th scope="row"><a href="#acct-${i.id}">${i.id}</a>${i.name?`<br><small>${a(i.name)}</small>`:""}</th>${d.join("")}</tr>`},c=R$1(t)?T(e).flatMap(i=>[`<tr class="unit" id="${R(i.id)}"><th scope="rowgroup" colspan="${t.catalog.length+1}">${a(i.path||s.noUnit)}</th></tr>`,...i.accounts.map(n)]):e.map(n);return `<section id="map"><h2>${s.map}</h2><p class="hint">${s.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${s.account}</th>${o}</tr></thead><tbody>${c.join("")}</tbody></table></div></section>`}function _$1(t,e,s){let o=c$1(t,s),n=[o?`<div class="note${r$2(t)?"":" new"}">${a(o)}</div>`:"",t.suppressed?`<div class="note">${e.suppressed}: ${a(t.suppressed.reason)}</div>`:"",t.attestation?`<div class="note">${e.attested} ${a(t.attestation.by)} (${a(t.attestation.date)})</div>`:"",t.status!=="PASS"&&t.status!=="SKIPPED"?`<div class="fix"><b>${e.fix}:</b> ${a(t.remediation)}</div>`:""].join("");return `<tr data-status="${f(t)}"><td>${v(t.status)}</td><td>${a(t.region)}</td><td class="res">${a(t.resource)}</td><td>${a(t.message)}${n}</td></tr>`}function Y(t,e,s,o,n,c){let i=W(s)??"SKIPPED",d=[...new Set(s.map(f))].join(" "),r=i==="FAIL"||i==="ERROR"||i==="MANUAL",u=r&&e.console.length?`<h4>${o.console}</h4><ol>${e.console.map(p=>`<li>${a(p)}</li>`).join("")}</ol>`:"",h=r&&e.cli.length?`<h4>${o.cli}</h4><pre>${e.cli.map(a).join(`
`)}</pre>`:"",l=[...e.references.readable.map(p=>a(p)),`<a href="${a(e.references.docs)}" rel="noreferrer">${o.docs}</a>`].join(" \xB7 ");return `<details class="group" id="${k(t,e.id)}" data-check="${a(e.id)}" data-severity="${e.severity}" data-statuses="${d}"${!c&&(i==="FAIL"||i==="ERROR")?" open":""}>
<summary>${v(i)} <span class="sev sev-${e.severity}">${e.severity}</span> <b>${a(e.title)}</b> <code>${a(e.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${o.status}</th><th>${o.region}</th><th>${o.resource}</th><th>${o.message}</th></tr></thead><tbody>${s.map(p=>_$1(p,o,n)).join("")}</tbody></table></div>
${u}${h}<p class="refs">${l}</p>
</details>`}function V(t,e$1){let s=(o,n,c)=>`<label>${n} <select data-filter="${o}"><option value="">${e$1.all}</option>${c.map(i=>`<option value="${a(i)}">${a(i)}</option>`).join("")}</select></label>`;return `<form class="filters">${s("severity",e$1.severity,e)}${s("status",e$1.status,r)}${s("check",e$1.check,t.catalog.map(o=>o.id))}</form>`}var G=`
:root{--PASS:#009E73;--FAIL:#D55E00;--ERROR:#CC79A7;--MANUAL:#0072B2;--SKIPPED:#777;font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP",sans-serif;color:#1b1b1b;background:#fff}
body{margin:0 auto;max-width:1200px;padding:12px;line-height:1.45}
h1{font-size:1.4rem;margin:.2em 0}h2{font-size:1.15rem;margin:1.2em 0 .4em}h3{font-size:1.05rem;margin:1em 0 .3em}h4{font-size:.95rem;margin:.8em 0 .2em}
.meta,.hint,.refs{color:#555;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid #ccc;border-radius:6px;padding:6px 10px;min-width:90px}.card b{display:block;font-size:1.3rem}
.st{font-weight:600;white-space:nowrap}.st-PASS{color:var(--PASS)}.st-FAIL{color:var(--FAIL)}.st-ERROR{color:var(--ERROR)}.st-MANUAL{color:var(--MANUAL)}.st-SKIPPED{color:var(--SKIPPED)}
.sev{font-size:.8rem;border:1px solid #999;border-radius:4px;padding:0 4px}.sev-critical,.sev-high{border-color:#1b1b1b;font-weight:600}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.map th[data-check]{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;font-size:.8rem}
.map td{text-align:center;min-width:28px;font-size:1.1rem;padding:0}.map td a{display:block;padding:4px;text-decoration:none;color:#fff;font-weight:700}
.cell.st-PASS{background:var(--PASS)}.cell.st-FAIL{background:var(--FAIL)}.cell.st-ERROR{background:var(--ERROR)}.cell.st-MANUAL{background:var(--MANUAL)}.cell.st-SKIPPED{background:#bbb}
.results{width:100%}.res{word-break:break-all;font-family:ui-monospace,monospace;font-size:.8rem}
details.group{border:1px solid #ddd;border-radius:6px;margin:6px 0;padding:4px 8px}details.group>summary{cursor:pointer}details.group:target{outline:3px solid var(--MANUAL)}
pre{background:#f4f4f4;padding:8px;overflow-x:auto;font-size:.8rem}.fix{margin-top:4px}.note{color:#555;font-size:.85rem}.note.new{color:var(--FAIL);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.filters select{font-size:1rem}
[hidden]{display:none!important}
th{white-space:nowrap}:lang(ja) td,:lang(ja) li{word-break:auto-phrase}
.cell small{font-size:.65em;vertical-align:super;margin-left:1px}
tr.unit th{text-align:left;background:#f4f4f4;writing-mode:horizontal-tb;transform:none}tr.unit:target th{outline:3px solid var(--MANUAL)}
.spark polyline{fill:none;stroke:var(--FAIL);stroke-width:2}.spark circle{fill:var(--FAIL)}
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`,X=`
  var selects=document.querySelectorAll('select[data-filter]');
  function value(name){var s=document.querySelector('select[data-filter="'+name+'"]');return s?s.value:'';}
  function apply(){
    var severity=value('severity'),status=value('status'),check=value('check');
    document.querySelectorAll('details.group').forEach(function(group){
      var show=(!severity||group.dataset.severity===severity)&&(!check||group.dataset.check===check)&&(!status||group.dataset.statuses.split(' ').indexOf(status)>=0);
      group.hidden=!show;
      group.querySelectorAll('tr[data-status]').forEach(function(row){row.hidden=!!status&&row.dataset.status!==status;});
      if(show&&status)group.open=true;
    });
    document.querySelectorAll('section.account').forEach(function(section){
      section.hidden=!section.querySelector('details.group:not([hidden])');
    });
    document.querySelectorAll('[data-check]').forEach(function(cell){if(cell.tagName!=='DETAILS')cell.hidden=!!check&&cell.dataset.check!==check;});
    var empty=document.getElementById('empty');if(empty)empty.hidden=!!document.querySelector('details.group:not([hidden])');
  }
  selects.forEach(function(s){s.addEventListener('change',apply);});
`,Q=`
(function(){${X}  function openTarget(){var id=decodeURIComponent(location.hash.slice(1));var el=id&&document.getElementById(id);if(el&&el.tagName==='DETAILS'){el.hidden=false;el.open=true;var section=el.closest('section');if(section)section.hidden=false;el.scrollIntoView();}}
  window.addEventListener('hashchange',openTarget);openTarget();
})();
`;function Z(t,e,s){let o=t.catalog.map((c,i)=>({entry:c,order:i,accounts:e.filter(d=>d.cells[i]==="FAIL").map(d=>d.id)})).filter(c=>c.accounts.length>0).sort((c,i$1)=>i(i$1.entry.severity)-i(c.entry.severity)||i$1.accounts.length-c.accounts.length||c.order-i$1.order).slice(0,et);if(o.length===0)return "";let n=o.map(({entry:c,accounts:i})=>`<li><span class="sev sev-${c.severity}">${c.severity}</span> <a href="#${k(i[0]??"",c.id)}">${a(c.title)}</a> <code>${a(c.id)}</code> \u2014 ${s.accounts(i.length)}</li>`);return `<section id="fix-first"><h2>${s.fixFirst}</h2><p class="hint">${s.fixFirstHint}</p><ol>${n.join("")}</ol></section>
`}function tt(t,e$1){let s=Object.fromEntries(e.map(o=>[o,0]));for(let o of e$1)t.catalog.forEach((n,c)=>s[n.severity]+=o.cells[c]==="FAIL"?1:0);return s}var et=10,st=t=>`sha256-${(0, M$1.createHash)("sha256").update(t).digest("base64")}`;function nt(t){if(!t.baseline)return "";let e=s$1[t.lang],s=t.baseline.fixed.map(o=>`<li>${a(a$2(o,t.lang))}</li>`).join("");return `<p id="baseline">${a(e.headline(t.baseline))}</p>${s?`<details><summary>${e.fixedTitle}</summary><ul>${s}</ul></details>`:""}`}var S=300;function at(t,e,s){let c=Math.max(1,...t.map(l=>l??0)),i=l=>t.length===1?120/2:l*116/(t.length-1)+2,d=l=>22-l*20/c,r=[[]];t.forEach((l,p)=>{l===null?r.push([]):r.at(-1)?.push(`${i(p).toFixed(1)},${d(l).toFixed(1)}`);});let u=r.filter(l=>l.length>0).map(l=>l.length===1?`<circle cx="${l[0]?.split(",")[0]}" cy="${l[0]?.split(",")[1]}" r="2"/>`:`<polyline points="${l.join(" ")}"/>`),h$1=t.map((l,p)=>`${h(e[p]??"",s)}: ${l??"\u2013"}`).join(`
`);return `<svg class="spark" width="120" height="24" viewBox="0 0 120 24" role="img" aria-label="${a(h$1)}"><title>${a(h$1)}</title>${u.join("")}</svg>`}function ot(t,e){let s=t.trend;if(!s||s.series.length===0)return "";let o=new Map(t.catalog.map((r,u)=>[r.id,u])),n=[...s.series].sort((r,u)=>r.account<u.account?-1:r.account>u.account?1:(o.get(r.check)??0)-(o.get(u.check)??0)),c=n.slice(0,S).map(r=>`<tr><td>${a(r.account)}</td><td><code>${a(r.check)}</code></td><td>${at(r.fails,s.at,t.lang)}</td><td>${r.fails.at(-1)??"\u2013"}</td></tr>`),i=e.trendHint(s.at.length,h(s.at[0]??"",t.lang),h(s.at.at(-1)??"",t.lang)),d=n.length>S?`<p class="hint">${a(e.moreSeries(n.length-S))}</p>`:"";return `<section id="trend"><h2>${e.trend}</h2><p class="hint">${a(i)}</p><div class="scroll"><table class="trend"><thead><tr><th>${e.account}</th><th>${e.check}</th><th>${e.trend}</th><th>${e.now}</th></tr></thead><tbody>${c.join("")}</tbody></table></div>${d}</section>
`}function it(t){let e=r$1[t.lang];return (t.frameworks??[]).map(s=>{let o=s.controls.map(n=>`<tr data-status="${n.status}"><td><b>${a(n.id)}</b> ${a(n.title)}</td><td>${v(n.status)}</td><td>${n.checks.length?n.checks.map(c=>`<code>${a(c)}</code>`).join(", "):a(e.manual)}</td><td>${a(n.reason)}</td></tr>`);return `<section class="framework" id="fw-${a(s.id)}"><h2>${a(e$1(s,t.lang))}</h2><p class="hint">${a(s.url)}</p><div class="scroll"><table class="controls"><thead><tr><th>${e.control}</th><th>${e.status}</th><th>${e.decidedBy}</th><th>${e.why}</th></tr></thead><tbody>${o.join("")}</tbody></table></div></section>`}).join(`
`)}function ct(t,e$1,s$1,o){let n=C[t.lang],c=r.map(l=>`<div class="card">${v(l)}<b>${t.summary.byStatus[l]}</b></div>`).join(""),i=tt(t,e$1),d=e.map(l=>`<div class="card"><span class="sev sev-${l}">${l}</span><b>${i[l]}</b></div>`).join(""),r$1=t.organization?` \xB7 ${a(t.organization.id)}`:"",u=`<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${st(o)}'; img-src data:">
<title>${n.title} \u2014 ${e$1.length===1?a(e$1[0]?.id??""):n.accounts(e$1.length)}</title>
<style>${G}</style>
</head>
<body>
<header><h1>${n.title}</h1>
<p class="meta">aws-baseline ${a(t.tool.version)} \xB7 ${n.accounts(e$1.length)}${r$1} \xB7 ${n.judged} ${a(h(t.source.judgedAt,t.lang))}</p></header>
<section id="summary"><h2>${n.summary}</h2><div class="cards">${c}</div><div class="cards" style="margin-top:8px">${d}</div>
<p>${a(n.gate(t.failOn,t.exitCode))}${(t.summary.byStatus.ERROR??0)>0?` \xB7 ${n.incomplete}`:""}</p>${t.notListed?`<p class="st st-ERROR">${a(s(t.lang).notListed(t.notListed.after,t.notListed.message))}</p>`:""}${nt(t)}</section>
${Z(t,e$1,n)}${ot(t,n)}${R$1(t)?q(t,e$1,n):""}${s$1}${it(t)}
<section id="findings"><h2>${n.findings}</h2>${V(t,n)}<p id="empty" hidden>${n.nothing}</p>
`,h$1=`
</section>
<script>${o}</script>
</body>
</html>
`;return {start:u,end:h$1}}function mt(t){let e=C[t.lang],s=t.accounts.map(d=>({...d})),o=s.map(K(t.catalog)),n=s.map(d=>{let r=t.catalog.map(h=>({entry:h,results:d.results.filter(l=>l.checkId===h.id)})).filter(h=>h.results.length>0).map(h=>Y(d.id,h.entry,h.results,e,t.lang,s.length>1)),u=`${e.account} ${d.id}${d.name?` \u2014 ${a(d.name)}`:""} (${d.partition})`;return `<section class="account" id="acct-${d.id}"><h3>${u}</h3>${r.join(`
`)}</section>`}),{start:c,end:i}=ct(t,o,s.length>1?B(t,o,e):"",Q);return `${c}${n.join(`
`)}${i}`}

var D=200,L={en:{accounts:"Accounts by organizational unit",hint:"Open a unit for its accounts, and an account for its findings. Passing results are counted here, not listed: the JSON report holds every result.",open:"Open an account above (or a check in the list of what to fix first) to see its findings.",passed:"passing result(s), not listed"},ja:{accounts:"\u7D44\u7E54\u5358\u4F4D\u3054\u3068\u306E\u30A2\u30AB\u30A6\u30F3\u30C8",hint:"\u7D44\u7E54\u5358\u4F4D\u3092\u958B\u304F\u3068\u30A2\u30AB\u30A6\u30F3\u30C8\u3092\u3001\u30A2\u30AB\u30A6\u30F3\u30C8\u3092\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002\u5408\u683C\u3057\u305F\u7D50\u679C\u306F\u6570\u3060\u3051\u3092\u793A\u3057\u307E\u3059(\u3059\u3079\u3066\u306E\u7D50\u679C\u306F JSON \u30EC\u30DD\u30FC\u30C8\u306B\u3042\u308A\u307E\u3059)\u3002",open:"\u4E0A\u306E\u30A2\u30AB\u30A6\u30F3\u30C8(\u307E\u305F\u306F\u300C\u307E\u305A\u76F4\u3059\u3082\u306E\u300D\u306E\u30C1\u30A7\u30C3\u30AF)\u3092\u958B\u304F\u3068\u3001\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",passed:"\u4EF6\u306E\u5408\u683C\u3057\u305F\u7D50\u679C(\u4E00\u89A7\u306B\u306F\u3042\u308A\u307E\u305B\u3093)"}},c=t=>JSON.stringify(t).replace(/</g,"\\u003c");function M(t){return `<tr><th scope="row"><a href="#acct-${a(t.id)}">${a(t.id)}</a></th><td>${a(t.name)}</td>${e.map(s=>`<td>${t.fails[s]}</td>`).join("")}<td>${t.errors}</td></tr>`}function*_(t){let s=C[t.lang],i=L[t.lang],R$1=K(t.catalog),l=t.accounts.map(e=>{let a=e.results;return {...R$1({id:e.id,name:e.name,ou:e.ou,results:a}),row:u({...e,results:a})}}),p=T(l),u$1=p$1[t.lang],$=`<thead><tr><th scope="col">${u$1.account}</th><th scope="col">${u$1.name}</th>${e.map(e=>`<th scope="col">${e}</th>`).join("")}<th scope="col">ERROR</th></tr></thead>`,A=p.map(e=>`<details class="unit-accounts" id="${R(e.id)}"${p.length===1?" open":""}><summary><b>${a(e.path||s.noUnit)}</b> \u2014 ${s.accounts(e.accounts.length)}</summary><div class="scroll"><table>${$}<tbody>${e.accounts.map(a=>M(a.row)).join("")}</tbody></table></div></details>`),{start:O,end:E}=ct(t,l,`<section id="accounts"><h2>${i.accounts}</h2><p class="hint">${i.hint}</p>${A.join(`
`)}</section>
`,j);yield O,yield `<div id="account-view"><p class="hint">${i.open}</p></div>
`;let k=t.catalog.map(e=>[e.id,e.title,e.severity,e.references.docs]),I={account:s.account,status:s.status,region:s.region,resource:s.resource,message:s.message,fix:s.fix,suppressed:s.suppressed,docs:s.docs,passed:i.passed};yield `<script type="application/json" id="findings-data">{"catalog":${c(k)},"words":${c(I)},"accounts":{`;let d=new Map,h=e=>d.get(e)??d.set(e,d.size).size-1,N=new Map(t.catalog.map((e,a)=>[e.id,a]));for(let[e,a]of t.accounts.entries()){let f$1=a.results.filter(n=>n.status!=="PASS"),T=f$1.map(n=>[N.get(n.checkId)??-1,n.status,f(n),n.region,n.resource,h(n.message),n.status==="SKIPPED"?-1:h(n.remediation),n.suppressed?.reason??null]),P={name:a.name??"",partition:a.partition,passed:a.results.length-f$1.length,findings:T};yield `${e===0?"":","}${c(a.id)}:${c(P)}`;}yield `},"texts":${c([...d.keys()])}}</script>`,yield E;}var j=`
(function(){${X}  var data=null,SYMBOL={PASS:'\u2713',FAIL:'\u2717',ERROR:'!',MANUAL:'?',SKIPPED:'\u2013'},WORST=['FAIL','ERROR','MANUAL','PASS','SKIPPED'];
  function el(tag,attributes,text){var e=document.createElement(tag);for(var key in attributes)e.setAttribute(key,attributes[key]);if(text!=null)e.textContent=text;return e;}
  function badge(status){var b=el('span',{'class':'st st-'+status});b.appendChild(el('span',{'aria-hidden':'true'},SYMBOL[status]));b.appendChild(document.createTextNode(' '+status));return b;}
  function show(id){
    var match=/^(?:acct-|f-)([^-]+)/.exec(id);if(!match)return;
    data=data||JSON.parse(document.getElementById('findings-data').textContent);
    var account=data.accounts[match[1]],words=data.words;if(!account)return;
    var section=el('section',{'class':'account',id:'acct-'+match[1]});
    section.appendChild(el('h3',{},words.account+' '+match[1]+(account.name?' \u2014 '+account.name:'')+' ('+account.partition+')'));
    var groups={};account.findings.forEach(function(f){(groups[f[0]]=groups[f[0]]||[]).push(f);});
    data.catalog.forEach(function(check,at){
      var findings=groups[at];if(!findings)return;
      var statuses=findings.map(function(f){return f[2];}),worst=WORST.filter(function(s){return statuses.indexOf(s)>=0;})[0];
      var group=el('details',{'class':'group',id:'f-'+match[1]+'-'+check[0].replace(/[^\\w-]/g,'_'),'data-check':check[0],'data-severity':check[2],'data-statuses':statuses.filter(function(s,i){return statuses.indexOf(s)===i;}).join(' ')});
      var summary=el('summary');summary.appendChild(badge(worst));summary.appendChild(document.createTextNode(' '));summary.appendChild(el('span',{'class':'sev sev-'+check[2]},check[2]));summary.appendChild(document.createTextNode(' '));summary.appendChild(el('b',{},check[1]));summary.appendChild(document.createTextNode(' '));summary.appendChild(el('code',{},check[0]));group.appendChild(summary);
      var table=el('table',{'class':'results'}),head=el('tr');[words.status,words.region,words.resource,words.message].forEach(function(t){head.appendChild(el('th',{},t));});table.appendChild(el('thead')).appendChild(head);
      var body=el('tbody');findings.forEach(function(f){
        var row=el('tr',{'data-status':f[2]}),cell=el('td');cell.appendChild(badge(f[1]));row.appendChild(cell);row.appendChild(el('td',{},f[3]));row.appendChild(el('td',{'class':'res'},f[4]));
        var message=el('td',{},data.texts[f[5]]);if(f[7]!==null)message.appendChild(el('div',{'class':'note'},words.suppressed+': '+f[7]));
        if(f[6]>=0&&f[1]!=='PASS'){var fix=el('div',{'class':'fix'});fix.appendChild(el('b',{},words.fix+':'));fix.appendChild(document.createTextNode(' '+data.texts[f[6]]));message.appendChild(fix);}
        row.appendChild(message);body.appendChild(row);});
      table.appendChild(body);var scroll=el('div',{'class':'scroll'});scroll.appendChild(table);group.appendChild(scroll);
      var refs=el('p',{'class':'refs'});refs.appendChild(el('a',{href:check[3],rel:'noreferrer'},words.docs));group.appendChild(refs);
      section.appendChild(group);
    });
    section.appendChild(el('p',{'class':'hint'},account.passed+' '+words.passed));
    var view=document.getElementById('account-view');view.textContent='';view.appendChild(section);apply();
  }
  function openTarget(){var id=decodeURIComponent(location.hash.slice(1));if(id&&!document.getElementById(id))show(id);var el=id&&document.getElementById(id);if(!el)return;if(el.tagName==='DETAILS'){el.hidden=false;el.open=true;}el.scrollIntoView();}
  window.addEventListener('hashchange',openTarget);openTarget();
})();
`;

var htmlManyKMEEJNRG = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MANY_ACCOUNTS: D,
  MANY_SCRIPT: j,
  manyAccountsHtml: _
});

var htmlYJ3OEDAF = /*#__PURE__*/Object.freeze({
  __proto__: null,
  FILTERS_SCRIPT: X,
  WORDS: C,
  byUnit: T,
  cellsOf: K,
  effective: f,
  fixFirst: Z,
  html: a,
  pageFrame: ct,
  renderHtml: mt,
  unitAnchor: R,
  unitMap: q
});

export { htmlYJ3OEDAF as a, htmlManyKMEEJNRG as h };
