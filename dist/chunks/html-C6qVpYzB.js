import 'node:module';
import { c, o, d as a, t, r as r$2 } from './chunk-Bz1FYRLA.js';
import { r as r$1, e as e$1 } from './markdown-CP8Dj02y.js';
import { x as r, q as e, l as d, b as s$1, g as n, p, k as o$1 } from '../start.js';
import './chunk-k3N7N7-f.js';
import './zod-BTVlEME2.js';

var L=p(o$1(),1);var z={en:{title:"aws-baseline report",accounts:t=>`${t} account${t===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",fixFirst:"Fix these first",fixFirstHint:"The failing checks, most severe first, then those failing in the most accounts.",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(t,e)=>`--fail-on ${t} \u2192 exit ${e}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters."},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:t=>`${t} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",fixFirst:"\u307E\u305A\u76F4\u3059\u3082\u306E",fixFirstHint:"FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u3092\u3001\u91CD\u5927\u5EA6\u306E\u9AD8\u3044\u9806\u3001\u6B21\u306B FAIL \u3057\u305F\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u591A\u3044\u9806\u306B\u4E26\u3079\u3066\u3044\u307E\u3059\u3002",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(t,e)=>`--fail-on ${t} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${e}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002"}},P={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},C={critical:"C",high:"H",medium:"M",low:"L",info:"I"},T=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],M={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},s=t=>t.replace(/[&<>"']/g,e=>M[e]??e),v=(t,e)=>`f-${t}-${e.replace(/[^\w-]/g,"_")}`,S=t=>t.suppressed&&t.status==="FAIL"?"SKIPPED":t.status;function F(t){return T.find(e=>t.some(i=>S(i)===e))}function h(t,e=t){return `<span class="st st-${t}"><span aria-hidden="true">${P[t]}</span> ${s(e)}</span>`}function J(t,e){let i=t.catalog.map(a=>`<th scope="col" data-check="${s(a.id)}" title="${s(a.title)}"><span>${s(a.id)}</span></th>`).join(""),n=t.accounts.map(a=>{let l=t.catalog.map(o=>{let c=a.results.filter(u=>u.checkId===o.id),d=F(c);if(!d)return `<td data-check="${s(o.id)}"></td>`;let p=d==="FAIL",r=`${a.id} ${o.id}: ${d}${p?` (${o.severity})`:""}`,m=p?`<small class="sev-${o.severity}">${C[o.severity]}</small>`:"";return `<td data-check="${s(o.id)}" class="cell st-${d}"><a href="#${v(a.id,o.id)}" aria-label="${s(r)}" title="${s(r)}">${P[d]}${m}</a></td>`});return `<tr><th scope="row"><a href="#acct-${a.id}">${a.id}</a>${a.name?`<br><small>${s(a.name)}</small>`:""}</th>${l.join("")}</tr>`});return `<section id="map"><h2>${e.map}</h2><p class="hint">${e.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${e.account}</th>${i}</tr></thead><tbody>${n.join("")}</tbody></table></div></section>`}function N(t$1,e,i){let n=t(t$1,i),a=[n?`<div class="note${r$2(t$1)?"":" new"}">${s(n)}</div>`:"",t$1.suppressed?`<div class="note">${e.suppressed}: ${s(t$1.suppressed.reason)}</div>`:"",t$1.attestation?`<div class="note">${e.attested} ${s(t$1.attestation.by)} (${s(t$1.attestation.date)})</div>`:"",t$1.status!=="PASS"&&t$1.status!=="SKIPPED"?`<div class="fix"><b>${e.fix}:</b> ${s(t$1.remediation)}</div>`:""].join("");return `<tr data-status="${S(t$1)}"><td>${h(t$1.status)}</td><td>${s(t$1.region)}</td><td class="res">${s(t$1.resource)}</td><td>${s(t$1.message)}${a}</td></tr>`}function W(t,e,i,n,a,l){let o=F(i)??"SKIPPED",c=[...new Set(i.map(S))].join(" "),d=o==="FAIL"||o==="ERROR"||o==="MANUAL",p=d&&e.console.length?`<h4>${n.console}</h4><ol>${e.console.map(u=>`<li>${s(u)}</li>`).join("")}</ol>`:"",r=d&&e.cli.length?`<h4>${n.cli}</h4><pre>${e.cli.map(s).join(`
`)}</pre>`:"",m=[...e.references.readable.map(u=>s(u)),`<a href="${s(e.references.docs)}" rel="noreferrer">${n.docs}</a>`].join(" \xB7 ");return `<details class="group" id="${v(t,e.id)}" data-check="${s(e.id)}" data-severity="${e.severity}" data-statuses="${c}"${!l&&(o==="FAIL"||o==="ERROR")?" open":""}>
<summary>${h(o)} <span class="sev sev-${e.severity}">${e.severity}</span> <b>${s(e.title)}</b> <code>${s(e.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${n.status}</th><th>${n.region}</th><th>${n.resource}</th><th>${n.message}</th></tr></thead><tbody>${i.map(u=>N(u,n,a)).join("")}</tbody></table></div>
${p}${r}<p class="refs">${m}</p>
</details>`}function H(t,e$1){let i=(n,a,l)=>`<label>${a} <select data-filter="${n}"><option value="">${e$1.all}</option>${l.map(o=>`<option value="${s(o)}">${s(o)}</option>`).join("")}</select></label>`;return `<form class="filters" onsubmit="return false">${i("severity",e$1.severity,e)}${i("status",e$1.status,r)}${i("check",e$1.check,t.catalog.map(n=>n.id))}</form>`}var K=`
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
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`,j=`
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
`;function U(t,e){let i=t.catalog.map((a,l)=>({entry:a,order:l,accounts:t.accounts.filter(o=>o.results.some(c=>c.checkId===a.id&&c.status==="FAIL"&&!c.suppressed)).map(o=>o.id)})).filter(a=>a.accounts.length>0).sort((a,l)=>n(l.entry.severity)-n(a.entry.severity)||l.accounts.length-a.accounts.length||a.order-l.order).slice(0,q);if(i.length===0)return "";let n$1=i.map(({entry:a,accounts:l})=>`<li><span class="sev sev-${a.severity}">${a.severity}</span> <a href="#${v(l[0]??"",a.id)}">${s(a.title)}</a> <code>${s(a.id)}</code> \u2014 ${e.accounts(l.length)}</li>`);return `<section id="fix-first"><h2>${e.fixFirst}</h2><p class="hint">${e.fixFirstHint}</p><ol>${n$1.join("")}</ol></section>
`}var q=10,B=`sha256-${(0, L.createHash)("sha256").update(j).digest("base64")}`;function _(t){if(!t.baseline)return "";let e=o[t.lang],i=t.baseline.fixed.map(n=>`<li>${s(a(n,t.lang))}</li>`).join("");return `<p id="baseline">${s(e.headline(t.baseline))}</p>${i?`<details><summary>${e.fixedTitle}</summary><ul>${i}</ul></details>`:""}`}function Y(t){let e=r$1[t.lang];return (t.frameworks??[]).map(i=>{let n=i.controls.map(a=>`<tr data-status="${a.status}"><td><b>${s(a.id)}</b> ${s(a.title)}</td><td>${h(a.status)}</td><td>${a.checks.length?a.checks.map(l=>`<code>${s(l)}</code>`).join(", "):s(e.manual)}</td><td>${s(a.reason)}</td></tr>`);return `<section class="framework" id="fw-${s(i.id)}"><h2>${s(e$1(i,t.lang))}</h2><p class="hint">${s(i.url)}</p><div class="scroll"><table class="controls"><thead><tr><th>${e.control}</th><th>${e.status}</th><th>${e.decidedBy}</th><th>${e.why}</th></tr></thead><tbody>${n.join("")}</tbody></table></div></section>`}).join(`
`)}function et(t){let e$1=z[t.lang],i=r.map(c=>`<div class="card">${h(c)}<b>${t.summary.byStatus[c]}</b></div>`).join(""),n=c(t.accounts),a=e.map(c=>`<div class="card"><span class="sev sev-${c}">${c}</span><b>${n[c]}</b></div>`).join(""),l=t.accounts.map(c=>{let d=t.catalog.map(r=>({entry:r,results:c.results.filter(m=>m.checkId===r.id)})).filter(r=>r.results.length>0).map(r=>W(c.id,r.entry,r.results,e$1,t.lang,t.accounts.length>1)),p=`${e$1.account} ${c.id}${c.name?` \u2014 ${s(c.name)}`:""} (${c.partition})`;return `<section class="account" id="acct-${c.id}"><h3>${p}</h3>${d.join(`
`)}</section>`}),o=t.organization?` \xB7 ${s(t.organization.id)}`:"";return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${B}'; img-src data:">
<title>${e$1.title} \u2014 ${t.accounts.length===1?s(t.accounts[0]?.id??""):e$1.accounts(t.accounts.length)}</title>
<style>${K}</style>
</head>
<body>
<header><h1>${e$1.title}</h1>
<p class="meta">aws-baseline ${s(t.tool.version)} \xB7 ${e$1.accounts(t.accounts.length)}${o} \xB7 ${e$1.judged} ${s(d(t.source.judgedAt,t.lang))}</p></header>
<section id="summary"><h2>${e$1.summary}</h2><div class="cards">${i}</div><div class="cards" style="margin-top:8px">${a}</div>
<p>${s(e$1.gate(t.failOn,t.exitCode))}${(t.summary.byStatus.ERROR??0)>0?` \xB7 ${e$1.incomplete}`:""}</p>${t.notListed?`<p class="st st-ERROR">${s(s$1(t.lang).notListed(t.notListed.after,t.notListed.message))}</p>`:""}${_(t)}</section>
${U(t,e$1)}${t.accounts.length>1?J(t,e$1):""}${Y(t)}
<section id="findings"><h2>${e$1.findings}</h2>${H(t,e$1)}<p id="empty" hidden>${e$1.nothing}</p>
${l.join(`
`)}
</section>
<script>${j}</script>
</body>
</html>
`}

export { et as renderHtml };
