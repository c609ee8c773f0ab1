import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as f}from"./chunk-FR4JC7AJ.js";import{a as u,b as m}from"./chunk-AZHLMRDT.js";import"./chunk-362WB6HP.js";var S={en:{title:"aws-baseline report",accounts:e=>`${e} account${e===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(e,t)=>`--fail-on ${e} \u2192 exit ${t}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters."},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:e=>`${e} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(e,t)=>`--fail-on ${e} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${t}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002"}},$={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},y=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],x={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},s=e=>e.replace(/[&<>"']/g,t=>x[t]??t),v=(e,t)=>`f-${e}-${t.replace(/[^\w-]/g,"_")}`,h=e=>e.suppressed&&e.status==="FAIL"?"SKIPPED":e.status;function b(e){return y.find(t=>e.some(i=>h(i)===t))}function g(e,t=e){return`<span class="st st-${e}"><span aria-hidden="true">${$[e]}</span> ${s(t)}</span>`}function A(e,t){let i=e.catalog.map(n=>`<th scope="col" data-check="${s(n.id)}" title="${s(n.title)}"><span>${s(n.id)}</span></th>`).join(""),o=e.accounts.map(n=>{let l=e.catalog.map(a=>{let p=n.results.filter(r=>r.checkId===a.id),d=b(p);if(!d)return`<td data-check="${s(a.id)}"></td>`;let c=`${n.id} ${a.id}: ${d}`;return`<td data-check="${s(a.id)}" class="cell st-${d}"><a href="#${v(n.id,a.id)}" aria-label="${s(c)}" title="${s(c)}">${$[d]}</a></td>`});return`<tr><th scope="row"><a href="#acct-${n.id}">${n.id}</a>${n.name?`<br><small>${s(n.name)}</small>`:""}</th>${l.join("")}</tr>`});return`<section id="map"><h2>${t.map}</h2><p class="hint">${t.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${t.account}</th>${i}</tr></thead><tbody>${o.join("")}</tbody></table></div></section>`}function R(e,t){let i=[e.suppressed?`<div class="note">${t.suppressed}: ${s(e.suppressed.reason)}</div>`:"",e.attestation?`<div class="note">${t.attested} ${s(e.attestation.by)} (${s(e.attestation.date)})</div>`:"",e.status!=="PASS"&&e.status!=="SKIPPED"?`<div class="fix"><b>${t.fix}:</b> ${s(e.remediation)}</div>`:""].join("");return`<tr data-status="${h(e)}"><td>${g(e.status)}</td><td>${s(e.region)}</td><td class="res">${s(e.resource)}</td><td>${s(e.message)}${i}</td></tr>`}function E(e,t,i,o){let n=b(i)??"SKIPPED",l=[...new Set(i.map(h))].join(" "),a=n==="FAIL"||n==="ERROR"||n==="MANUAL",p=a&&t.console.length?`<h4>${o.console}</h4><ol>${t.console.map(r=>`<li>${s(r)}</li>`).join("")}</ol>`:"",d=a&&t.cli.length?`<h4>${o.cli}</h4><pre>${t.cli.map(s).join(`
`)}</pre>`:"",c=[...t.references.readable.map(r=>s(r)),`<a href="${s(t.references.docs)}" rel="noreferrer">${o.docs}</a>`].join(" \xB7 ");return`<details class="group" id="${v(e,t.id)}" data-check="${s(t.id)}" data-severity="${t.severity}" data-statuses="${l}"${n==="FAIL"?" open":""}>
<summary>${g(n)} <span class="sev sev-${t.severity}">${t.severity}</span> <b>${s(t.title)}</b> <code>${s(t.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${o.status}</th><th>${o.region}</th><th>${o.resource}</th><th>${o.message}</th></tr></thead><tbody>${i.map(r=>R(r,o)).join("")}</tbody></table></div>
${p}${d}<p class="refs">${c}</p>
</details>`}function k(e,t){let i=(o,n,l)=>`<label>${n} <select data-filter="${o}"><option value="">${t.all}</option>${l.map(a=>`<option value="${s(a)}">${s(a)}</option>`).join("")}</select></label>`;return`<form class="filters" onsubmit="return false">${i("severity",t.severity,m)}${i("status",t.status,u)}${i("check",t.check,e.catalog.map(o=>o.id))}</form>`}var I=`
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
pre{background:#f4f4f4;padding:8px;overflow-x:auto;font-size:.8rem}.fix{margin-top:4px}.note{color:#555;font-size:.85rem}
.filters{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.filters select{font-size:1rem}
[hidden]{display:none!important}
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`,w=`
(function(){
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
  function openTarget(){var id=decodeURIComponent(location.hash.slice(1));var el=id&&document.getElementById(id);if(el&&el.tagName==='DETAILS'){el.hidden=false;el.open=true;var section=el.closest('section');if(section)section.hidden=false;el.scrollIntoView();}}
  window.addEventListener('hashchange',openTarget);openTarget();
})();
`;function j(e){let t=S[e.lang],i=u.map(a=>`<div class="card">${g(a)}<b>${e.summary.byStatus[a]}</b></div>`).join(""),o=m.map(a=>`<div class="card"><span class="sev sev-${a}">${a}</span><b>${e.summary.failuresBySeverity[a]}</b></div>`).join(""),n=e.accounts.map(a=>{let p=e.catalog.map(c=>({entry:c,results:a.results.filter(r=>r.checkId===c.id)})).filter(c=>c.results.length>0).map(c=>E(a.id,c.entry,c.results,t)),d=`${t.account} ${a.id}${a.name?` \u2014 ${s(a.name)}`:""} (${a.partition})`;return`<section class="account" id="acct-${a.id}"><h3>${d}</h3>${p.join(`
`)}</section>`}),l=e.organization?` \xB7 ${s(e.organization.id)}`:"";return`<!DOCTYPE html>
<html lang="${e.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${t.title} \u2014 ${e.accounts.length===1?s(e.accounts[0]?.id??""):t.accounts(e.accounts.length)}</title>
<style>${I}</style>
</head>
<body>
<header><h1>${t.title}</h1>
<p class="meta">aws-baseline ${s(e.tool.version)} \xB7 ${t.accounts(e.accounts.length)}${l} \xB7 ${t.judged} ${s(f(e.source.judgedAt,e.lang))}</p></header>
<section id="summary"><h2>${t.summary}</h2><div class="cards">${i}</div><div class="cards" style="margin-top:8px">${o}</div>
<p>${s(t.gate(e.failOn,e.exitCode))}${e.incomplete?` \xB7 ${t.incomplete}`:""}</p></section>
${e.accounts.length>1?A(e,t):""}
<section id="findings"><h2>${t.findings}</h2>${k(e,t)}<p id="empty" hidden>${t.nothing}</p>
${n.join(`
`)}
</section>
<script>${w}</script>
</body>
</html>
`}export{j as renderHtml};
