import 'node:module';
import { a as c, s as s$2, e as a, c as c$1, r as r$2 } from './chunk-DCz8cHxq.js';
import { r as r$1, e as e$1 } from './markdown-CFLZ3zge.js';
import { C as r, q as e, l as d, b as s$1, g as n, p, k as o } from '../start.js';
import './chunk-C0Tv1k3u.js';
import './zod-BTVlEME2.js';

var F=p(o(),1);var z={en:{title:"aws-baseline report",accounts:t=>`${t} account${t===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",fixFirst:"Fix these first",fixFirstHint:"The failing checks, most severe first, then those failing in the most accounts.",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(t,e)=>`--fail-on ${t} \u2192 exit ${e}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters.",trend:"Trend",trendHint:(t,e,a)=>`Unsuppressed FAILs of each check that failed at some moment, over ${t} reports from ${e} to ${a}; a gap: not judged then.`,now:"Now",moreSeries:t=>`\u2026 and ${t} more (see the JSON report's trend).`},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:t=>`${t} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",fixFirst:"\u307E\u305A\u76F4\u3059\u3082\u306E",fixFirstHint:"FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u3092\u3001\u91CD\u5927\u5EA6\u306E\u9AD8\u3044\u9806\u3001\u6B21\u306B FAIL \u3057\u305F\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u591A\u3044\u9806\u306B\u4E26\u3079\u3066\u3044\u307E\u3059\u3002",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(t,e)=>`--fail-on ${t} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${e}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002",trend:"\u63A8\u79FB",trendHint:(t,e,a)=>`\u3044\u305A\u308C\u304B\u306E\u6642\u70B9\u3067 FAIL \u3057\u305F\u30C1\u30A7\u30C3\u30AF\u306E\u3001\u6291\u5236\u3055\u308C\u3066\u3044\u306A\u3044 FAIL \u306E\u6570(${e} \u304B\u3089 ${a} \u307E\u3067\u306E ${t} \u4EF6\u306E\u30EC\u30DD\u30FC\u30C8)\u3002\u9014\u5207\u308C\u3066\u3044\u308B\u7B87\u6240\u306F\u305D\u306E\u6642\u70B9\u3067\u5224\u5B9A\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002`,now:"\u73FE\u5728",moreSeries:t=>`\u2026\u307B\u304B ${t} \u4EF6(JSON \u30EC\u30DD\u30FC\u30C8\u306E trend \u3092\u53C2\u7167)\u3002`}},j={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},N={critical:"C",high:"H",medium:"M",low:"L",info:"I"},C=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],J={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},s=t=>t.replace(/[&<>"']/g,e=>J[e]??e),S=(t,e)=>`f-${t}-${e.replace(/[^\w-]/g,"_")}`,y=t=>t.suppressed&&t.status==="FAIL"?"SKIPPED":t.status;function P(t){return C.find(e=>t.some(a=>y(a)===e))}function g(t,e=t){return `<span class="st st-${t}"><span aria-hidden="true">${j[t]}</span> ${s(e)}</span>`}function M(t,e){let a=t.catalog.map(n=>`<th scope="col" data-check="${s(n.id)}" title="${s(n.title)}"><span>${s(n.id)}</span></th>`).join(""),i=t.accounts.map(n=>{let d=t.catalog.map(o=>{let c=n.results.filter(m=>m.checkId===o.id),r=P(c);if(!r)return `<td data-check="${s(o.id)}"></td>`;let u=r==="FAIL",h=`${n.id} ${o.id}: ${r}${u?` (${o.severity})`:""}`,l=u?`<small class="sev-${o.severity}">${N[o.severity]}</small>`:"";return `<td data-check="${s(o.id)}" class="cell st-${r}"><a href="#${S(n.id,o.id)}" aria-label="${s(h)}" title="${s(h)}">${j[r]}${l}</a></td>`});return `<tr><th scope="row"><a href="#acct-${n.id}">${n.id}</a>${n.name?`<br><small>${s(n.name)}</small>`:""}</th>${d.join("")}</tr>`});return `<section id="map"><h2>${e.map}</h2><p class="hint">${e.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${e.account}</th>${a}</tr></thead><tbody>${i.join("")}</tbody></table></div></section>`}function H(t,e,a){let i=c$1(t,a),n=[i?`<div class="note${r$2(t)?"":" new"}">${s(i)}</div>`:"",t.suppressed?`<div class="note">${e.suppressed}: ${s(t.suppressed.reason)}</div>`:"",t.attestation?`<div class="note">${e.attested} ${s(t.attestation.by)} (${s(t.attestation.date)})</div>`:"",t.status!=="PASS"&&t.status!=="SKIPPED"?`<div class="fix"><b>${e.fix}:</b> ${s(t.remediation)}</div>`:""].join("");return `<tr data-status="${y(t)}"><td>${g(t.status)}</td><td>${s(t.region)}</td><td class="res">${s(t.resource)}</td><td>${s(t.message)}${n}</td></tr>`}function W(t,e,a,i,n,d){let o=P(a)??"SKIPPED",c=[...new Set(a.map(y))].join(" "),r=o==="FAIL"||o==="ERROR"||o==="MANUAL",u=r&&e.console.length?`<h4>${i.console}</h4><ol>${e.console.map(m=>`<li>${s(m)}</li>`).join("")}</ol>`:"",h=r&&e.cli.length?`<h4>${i.cli}</h4><pre>${e.cli.map(s).join(`
`)}</pre>`:"",l=[...e.references.readable.map(m=>s(m)),`<a href="${s(e.references.docs)}" rel="noreferrer">${i.docs}</a>`].join(" \xB7 ");return `<details class="group" id="${S(t,e.id)}" data-check="${s(e.id)}" data-severity="${e.severity}" data-statuses="${c}"${!d&&(o==="FAIL"||o==="ERROR")?" open":""}>
<summary>${g(o)} <span class="sev sev-${e.severity}">${e.severity}</span> <b>${s(e.title)}</b> <code>${s(e.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${i.status}</th><th>${i.region}</th><th>${i.resource}</th><th>${i.message}</th></tr></thead><tbody>${a.map(m=>H(m,i,n)).join("")}</tbody></table></div>
${u}${h}<p class="refs">${l}</p>
</details>`}function K(t,e$1){let a=(i,n,d)=>`<label>${n} <select data-filter="${i}"><option value="">${e$1.all}</option>${d.map(o=>`<option value="${s(o)}">${s(o)}</option>`).join("")}</select></label>`;return `<form class="filters" onsubmit="return false">${a("severity",e$1.severity,e)}${a("status",e$1.status,r)}${a("check",e$1.check,t.catalog.map(i=>i.id))}</form>`}var U=`
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
.spark polyline{fill:none;stroke:var(--FAIL);stroke-width:2}.spark circle{fill:var(--FAIL)}
@media (max-width:600px){body{padding:6px}td,th{padding:3px 4px}}
`,O=`
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
`;function q(t,e){let a=t.catalog.map((n,d)=>({entry:n,order:d,accounts:t.accounts.filter(o=>o.results.some(c=>c.checkId===n.id&&c.status==="FAIL"&&!c.suppressed)).map(o=>o.id)})).filter(n=>n.accounts.length>0).sort((n$1,d)=>n(d.entry.severity)-n(n$1.entry.severity)||d.accounts.length-n$1.accounts.length||n$1.order-d.order).slice(0,B);if(a.length===0)return "";let i=a.map(({entry:n,accounts:d})=>`<li><span class="sev sev-${n.severity}">${n.severity}</span> <a href="#${S(d[0]??"",n.id)}">${s(n.title)}</a> <code>${s(n.id)}</code> \u2014 ${e.accounts(d.length)}</li>`);return `<section id="fix-first"><h2>${e.fixFirst}</h2><p class="hint">${e.fixFirstHint}</p><ol>${i.join("")}</ol></section>
`}var B=10,_=`sha256-${(0, F.createHash)("sha256").update(O).digest("base64")}`;function Y(t){if(!t.baseline)return "";let e=s$2[t.lang],a$1=t.baseline.fixed.map(i=>`<li>${s(a(i,t.lang))}</li>`).join("");return `<p id="baseline">${s(e.headline(t.baseline))}</p>${a$1?`<details><summary>${e.fixedTitle}</summary><ul>${a$1}</ul></details>`:""}`}var b=300;function V(t,e,a){let d$1=Math.max(1,...t.map(l=>l??0)),o=l=>t.length===1?120/2:l*116/(t.length-1)+2,c=l=>22-l*20/d$1,r=[[]];t.forEach((l,m)=>{l===null?r.push([]):r.at(-1)?.push(`${o(m).toFixed(1)},${c(l).toFixed(1)}`);});let u=r.filter(l=>l.length>0).map(l=>l.length===1?`<circle cx="${l[0]?.split(",")[0]}" cy="${l[0]?.split(",")[1]}" r="2"/>`:`<polyline points="${l.join(" ")}"/>`),h=t.map((l,m)=>`${d(e[m]??"",a)}: ${l??"\u2013"}`).join(`
`);return `<svg class="spark" width="120" height="24" viewBox="0 0 120 24" role="img" aria-label="${s(h)}"><title>${s(h)}</title>${u.join("")}</svg>`}function G(t,e){let a=t.trend;if(!a||a.series.length===0)return "";let i=new Map(t.catalog.map((r,u)=>[r.id,u])),n=[...a.series].sort((r,u)=>r.account<u.account?-1:r.account>u.account?1:(i.get(r.check)??0)-(i.get(u.check)??0)),d$1=n.slice(0,b).map(r=>`<tr><td>${s(r.account)}</td><td><code>${s(r.check)}</code></td><td>${V(r.fails,a.at,t.lang)}</td><td>${r.fails.at(-1)??"\u2013"}</td></tr>`),o=e.trendHint(a.at.length,d(a.at[0]??"",t.lang),d(a.at.at(-1)??"",t.lang)),c=n.length>b?`<p class="hint">${s(e.moreSeries(n.length-b))}</p>`:"";return `<section id="trend"><h2>${e.trend}</h2><p class="hint">${s(o)}</p><div class="scroll"><table class="trend"><thead><tr><th>${e.account}</th><th>${e.check}</th><th>${e.trend}</th><th>${e.now}</th></tr></thead><tbody>${d$1.join("")}</tbody></table></div>${c}</section>
`}function X(t){let e=r$1[t.lang];return (t.frameworks??[]).map(a=>{let i=a.controls.map(n=>`<tr data-status="${n.status}"><td><b>${s(n.id)}</b> ${s(n.title)}</td><td>${g(n.status)}</td><td>${n.checks.length?n.checks.map(d=>`<code>${s(d)}</code>`).join(", "):s(e.manual)}</td><td>${s(n.reason)}</td></tr>`);return `<section class="framework" id="fw-${s(a.id)}"><h2>${s(e$1(a,t.lang))}</h2><p class="hint">${s(a.url)}</p><div class="scroll"><table class="controls"><thead><tr><th>${e.control}</th><th>${e.status}</th><th>${e.decidedBy}</th><th>${e.why}</th></tr></thead><tbody>${i.join("")}</tbody></table></div></section>`}).join(`
`)}function at(t){let e$1=z[t.lang],a=r.map(c=>`<div class="card">${g(c)}<b>${t.summary.byStatus[c]}</b></div>`).join(""),i=c(t.accounts),n=e.map(c=>`<div class="card"><span class="sev sev-${c}">${c}</span><b>${i[c]}</b></div>`).join(""),d$1=t.accounts.map(c=>{let r=t.catalog.map(h=>({entry:h,results:c.results.filter(l=>l.checkId===h.id)})).filter(h=>h.results.length>0).map(h=>W(c.id,h.entry,h.results,e$1,t.lang,t.accounts.length>1)),u=`${e$1.account} ${c.id}${c.name?` \u2014 ${s(c.name)}`:""} (${c.partition})`;return `<section class="account" id="acct-${c.id}"><h3>${u}</h3>${r.join(`
`)}</section>`}),o=t.organization?` \xB7 ${s(t.organization.id)}`:"";return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${_}'; img-src data:">
<title>${e$1.title} \u2014 ${t.accounts.length===1?s(t.accounts[0]?.id??""):e$1.accounts(t.accounts.length)}</title>
<style>${U}</style>
</head>
<body>
<header><h1>${e$1.title}</h1>
<p class="meta">aws-baseline ${s(t.tool.version)} \xB7 ${e$1.accounts(t.accounts.length)}${o} \xB7 ${e$1.judged} ${s(d(t.source.judgedAt,t.lang))}</p></header>
<section id="summary"><h2>${e$1.summary}</h2><div class="cards">${a}</div><div class="cards" style="margin-top:8px">${n}</div>
<p>${s(e$1.gate(t.failOn,t.exitCode))}${(t.summary.byStatus.ERROR??0)>0?` \xB7 ${e$1.incomplete}`:""}</p>${t.notListed?`<p class="st st-ERROR">${s(s$1(t.lang).notListed(t.notListed.after,t.notListed.message))}</p>`:""}${Y(t)}</section>
${q(t,e$1)}${G(t,e$1)}${t.accounts.length>1?M(t,e$1):""}${X(t)}
<section id="findings"><h2>${e$1.findings}</h2>${K(t,e$1)}<p id="empty" hidden>${e$1.nothing}</p>
${d$1.join(`
`)}
</section>
<script>${O}</script>
</body>
</html>
`}

export { at as renderHtml };
