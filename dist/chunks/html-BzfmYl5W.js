import 'node:module';
import { c } from './chunk-w1q_JlLi.js';
import { r as r$1, e as e$1 } from './markdown-Ba26EQUj.js';
import { i } from './chunk-DJtUjwHd.js';
import { y as r, w as e, v as d, k as n, p, u as o } from '../start.js';
import './json-qDNYeNxO.js';

var A=p(o(),1);var F={en:{title:"aws-baseline report",accounts:t=>`${t} account${t===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",fixFirst:"Fix these first",fixFirstHint:"The failing checks, most severe first, then those failing in the most accounts.",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(t,e)=>`--fail-on ${t} \u2192 exit ${e}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters."},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:t=>`${t} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",fixFirst:"\u307E\u305A\u76F4\u3059\u3082\u306E",fixFirstHint:"FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u3092\u3001\u91CD\u5927\u5EA6\u306E\u9AD8\u3044\u9806\u3001\u6B21\u306B FAIL \u3057\u305F\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u591A\u3044\u9806\u306B\u4E26\u3079\u3066\u3044\u307E\u3059\u3002",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(t,e)=>`--fail-on ${t} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${e}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002"}},E={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},j={critical:"C",high:"H",medium:"M",low:"L",info:"I"},O=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],D={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},s=t=>t.replace(/[&<>"']/g,e=>D[e]??e),$=(t,e)=>`f-${t}-${e.replace(/[^\w-]/g,"_")}`,v=t=>t.suppressed&&t.status==="FAIL"?"SKIPPED":t.status;function k(t){return O.find(e=>t.some(i=>v(i)===e))}function h(t,e=t){return `<span class="st st-${t}"><span aria-hidden="true">${E[t]}</span> ${s(e)}</span>`}function z(t,e){let i=t.catalog.map(a=>`<th scope="col" data-check="${s(a.id)}" title="${s(a.title)}"><span>${s(a.id)}</span></th>`).join(""),c=t.accounts.map(a=>{let n=t.catalog.map(r=>{let o=a.results.filter(w=>w.checkId===r.id),d=k(o);if(!d)return `<td data-check="${s(r.id)}"></td>`;let u=d==="FAIL",l=`${a.id} ${r.id}: ${d}${u?` (${r.severity})`:""}`,p=u?`<small class="sev-${r.severity}">${j[r.severity]}</small>`:"";return `<td data-check="${s(r.id)}" class="cell st-${d}"><a href="#${$(a.id,r.id)}" aria-label="${s(l)}" title="${s(l)}">${E[d]}${p}</a></td>`});return `<tr><th scope="row"><a href="#acct-${a.id}">${a.id}</a>${a.name?`<br><small>${s(a.name)}</small>`:""}</th>${n.join("")}</tr>`});return `<section id="map"><h2>${e.map}</h2><p class="hint">${e.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${e.account}</th>${i}</tr></thead><tbody>${c.join("")}</tbody></table></div></section>`}function C(t,e){let i=[t.suppressed?`<div class="note">${e.suppressed}: ${s(t.suppressed.reason)}</div>`:"",t.attestation?`<div class="note">${e.attested} ${s(t.attestation.by)} (${s(t.attestation.date)})</div>`:"",t.status!=="PASS"&&t.status!=="SKIPPED"?`<div class="fix"><b>${e.fix}:</b> ${s(t.remediation)}</div>`:""].join("");return `<tr data-status="${v(t)}"><td>${h(t.status)}</td><td>${s(t.region)}</td><td class="res">${s(t.resource)}</td><td>${s(t.message)}${i}</td></tr>`}function T(t,e,i,c,a){let n=k(i)??"SKIPPED",r=[...new Set(i.map(v))].join(" "),o=n==="FAIL"||n==="ERROR"||n==="MANUAL",d=o&&e.console.length?`<h4>${c.console}</h4><ol>${e.console.map(p=>`<li>${s(p)}</li>`).join("")}</ol>`:"",u=o&&e.cli.length?`<h4>${c.cli}</h4><pre>${e.cli.map(s).join(`
`)}</pre>`:"",l=[...e.references.readable.map(p=>s(p)),`<a href="${s(e.references.docs)}" rel="noreferrer">${c.docs}</a>`].join(" \xB7 ");return `<details class="group" id="${$(t,e.id)}" data-check="${s(e.id)}" data-severity="${e.severity}" data-statuses="${r}"${!a&&(n==="FAIL"||n==="ERROR")?" open":""}>
<summary>${h(n)} <span class="sev sev-${e.severity}">${e.severity}</span> <b>${s(e.title)}</b> <code>${s(e.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${c.status}</th><th>${c.region}</th><th>${c.resource}</th><th>${c.message}</th></tr></thead><tbody>${i.map(p=>C(p,c)).join("")}</tbody></table></div>
${d}${u}<p class="refs">${l}</p>
</details>`}function M(t,e$1){let i=(c,a,n)=>`<label>${a} <select data-filter="${c}"><option value="">${e$1.all}</option>${n.map(r=>`<option value="${s(r)}">${s(r)}</option>`).join("")}</select></label>`;return `<form class="filters" onsubmit="return false">${i("severity",e$1.severity,e)}${i("status",e$1.status,r)}${i("check",e$1.check,t.catalog.map(c=>c.id))}</form>`}var H=`
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
th{white-space:nowrap}:lang(ja) td,:lang(ja) li{word-break:auto-phrase}
.cell small{font-size:.65em;vertical-align:super;margin-left:1px}
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`,I=`
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
`;function J(t,e){let i=t.catalog.map((a,n)=>({entry:a,order:n,accounts:t.accounts.filter(r=>r.results.some(o=>o.checkId===a.id&&o.status==="FAIL"&&!o.suppressed)).map(r=>r.id)})).filter(a=>a.accounts.length>0).sort((a,n$1)=>n(n$1.entry.severity)-n(a.entry.severity)||n$1.accounts.length-a.accounts.length||a.order-n$1.order).slice(0,N);if(i.length===0)return "";let c=i.map(({entry:a,accounts:n})=>`<li><span class="sev sev-${a.severity}">${a.severity}</span> <a href="#${$(n[0]??"",a.id)}">${s(a.title)}</a> <code>${s(a.id)}</code> \u2014 ${e.accounts(n.length)}</li>`);return `<section id="fix-first"><h2>${e.fixFirst}</h2><p class="hint">${e.fixFirstHint}</p><ol>${c.join("")}</ol></section>
`}var N=10,W=`sha256-${(0, A.createHash)("sha256").update(I).digest("base64")}`;function K(t){let e=r$1[t.lang];return (t.frameworks??[]).map(i=>{let c=i.controls.map(a=>`<tr data-status="${a.status}"><td><b>${s(a.id)}</b> ${s(a.title)}</td><td>${h(a.status)}</td><td>${a.checks.length?a.checks.map(n=>`<code>${s(n)}</code>`).join(", "):s(e.manual)}</td><td>${s(a.reason)}</td></tr>`);return `<section class="framework" id="fw-${s(i.id)}"><h2>${s(e$1(i,t.lang))}</h2><p class="hint">${s(i.url)}</p><div class="scroll"><table class="controls"><thead><tr><th>${e.control}</th><th>${e.status}</th><th>${e.decidedBy}</th><th>${e.why}</th></tr></thead><tbody>${c.join("")}</tbody></table></div></section>`}).join(`
`)}function V(t){let e$1=F[t.lang],i$1=r.map(o=>`<div class="card">${h(o)}<b>${t.summary.byStatus[o]}</b></div>`).join(""),c$1=c(t.accounts),a=e.map(o=>`<div class="card"><span class="sev sev-${o}">${o}</span><b>${c$1[o]}</b></div>`).join(""),n=t.accounts.map(o=>{let d=t.catalog.map(l=>({entry:l,results:o.results.filter(p=>p.checkId===l.id)})).filter(l=>l.results.length>0).map(l=>T(o.id,l.entry,l.results,e$1,t.accounts.length>1)),u=`${e$1.account} ${o.id}${o.name?` \u2014 ${s(o.name)}`:""} (${o.partition})`;return `<section class="account" id="acct-${o.id}"><h3>${u}</h3>${d.join(`
`)}</section>`}),r$1=t.organization?` \xB7 ${s(t.organization.id)}`:"";return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${W}'; img-src data:">
<title>${e$1.title} \u2014 ${t.accounts.length===1?s(t.accounts[0]?.id??""):e$1.accounts(t.accounts.length)}</title>
<style>${H}</style>
</head>
<body>
<header><h1>${e$1.title}</h1>
<p class="meta">aws-baseline ${s(t.tool.version)} \xB7 ${e$1.accounts(t.accounts.length)}${r$1} \xB7 ${e$1.judged} ${s(d(t.source.judgedAt,t.lang))}</p></header>
<section id="summary"><h2>${e$1.summary}</h2><div class="cards">${i$1}</div><div class="cards" style="margin-top:8px">${a}</div>
<p>${s(e$1.gate(t.failOn,t.exitCode))}${(t.summary.byStatus.ERROR??0)>0?` \xB7 ${e$1.incomplete}`:""}</p>${t.notListed?`<p class="st st-ERROR">${s(i(t.lang).notListed(t.notListed.after,t.notListed.message))}</p>`:""}</section>
${J(t,e$1)}${t.accounts.length>1?z(t,e$1):""}${K(t)}
<section id="findings"><h2>${e$1.findings}</h2>${M(t,e$1)}<p id="empty" hidden>${e$1.nothing}</p>
${n.join(`
`)}
</section>
<script>${I}</script>
</body>
</html>
`}

export { V as renderHtml };
