import 'node:module';
import { m as ma, O as Oa, n as At } from './json-DosL5RGz.js';
import { l as n, q as c, N as r$1, z as r$2, w as e, s as s$2, p as p$1, d as o, a as o$1, D as d$1 } from '../start.js';

var y$2=.01,h$1=e=>Math.round(e*y$2*100)/100;function O$1(e,s,t){return {checkId:e.checkId,severity:e.severity,status:e.status,region:e.region,resource:e.resource,message:e.message[t],messages:e.message,messageKey:e.messageKey,...e.details?{details:e.details}:{},...e.attestation?{attestation:e.attestation}:{},...e.suppressed?{suppressed:e.suppressed}:{},title:s.text[t].title,remediation:e.remediation?.[t]??s.text[t].remediation,docs:s.references.docs}}function E$2(e,s){let t=e.text[s],r=ma(e.id);return {id:e.id,severity:e.severity,scope:e.scope,service:At(e.id),section:{key:r.key,title:r.title[s]},precision:e.precision??"high",title:t.title,passes:t.passes,rationale:t.rationale,remediation:t.remediation,console:t.console,cli:e.cli,references:{cis:e.references.cis??[],fsbp:e.references.fsbp??[],docs:e.references.docs,readable:Oa(e.references,s)}}}var g$3=e=>Object.fromEntries(e.map(s=>[s,0]));function A$1(e$1,s){let t=g$3(r$2),r=g$3(e),n=new Set;for(let o of e$1){t[o.status]+=1,o.status==="FAIL"&&!o.suppressed&&(r[o.severity]+=1);let i=o.details?.errorKind;o.status==="ERROR"&&typeof i=="string"&&n.add(i);}return {incomplete:t.ERROR>0,summary:{total:e$1.length,byStatus:t,failuresBySeverity:r,gating:e$1.filter(o=>r$1(o,s)).length,suppressed:e$1.filter(o=>o.suppressed).length},errorKinds:[...n].sort()}}function J(e){let{summary:s,errorKinds:t,incomplete:r}=A$1(e.audits.flatMap(n=>n.results),e.failOn);return {schemaVersion:1,tool:{name:c,version:n},startedAt:e.startedAt.toISOString(),finishedAt:e.finishedAt.toISOString(),lang:e.lang,source:e.source,...e.organization?{organization:e.organization}:{},...e.shard?{shard:e.shard}:{},incomplete:r,exitCode:e.exitCode,failOn:e.failOn,accounts:e.audits.map(n=>C(n,e.checks,e.lang)),catalog:e.checks.map(n=>E$2(n,e.lang)),summary:s,paidCalls:{count:e.paidCalls.count,costUsd:h$1(e.paidCalls.count),skipped:e.paidCalls.skipped},errorKinds:t}}function C(e,s,t){let r=new Map(s.map(o=>[o.id,o])),n=o=>{let i=r.get(o.checkId);if(!i)throw new Error(`a result of ${o.checkId}, which is not among the checks run`);return i};return {id:e.accountId,...e.name?{name:e.name}:{},partition:e.partition,regions:e.regions,results:e.results.map(o=>O$1(o,n(o),t)),checks:S$2(e,s),suppressions:e.suppressions}}function S$2(e,s){let t=new Map;for(let r of e.runs)t.set(r.checkId,(t.get(r.checkId)??0)+r.durationMs);return s.flatMap(({id:r})=>{let n=t.get(r);return n===void 0?[]:[{id:r,durationMs:Math.round(n*100)/100}]})}

var y$1=p$1(o(),1);function x$1(t,n){try{return (0,y$1.readFileSync)(t,"utf8")}catch(e){let r=e.code==="ENOENT"?"no such file":e.message;throw new s$2(`${t}: cannot read the ${n}: ${r}`)}}async function g$2(t){let n=await import('./dist-DZwXmUHP.js'),e="LineCounter"in n?n:n.default,r=new e.LineCounter,s=e.parseDocument(t,{lineCounter:r,prettyErrors:false,uniqueKeys:true});return {doc:s,lineCounter:r,lineOf:p=>{let l=s.getIn(p.map(o=>typeof o=="symbol"?String(o):o),true);return e.isNode(l)&&l.range?r.linePos(l.range[0]).line:void 0}}}function b$1(t){let n=0,e=false;for(let r=0;r<t.length;r++){let s=t.charCodeAt(r);e?s===92?r++:s===34&&(e=false):s===34?e=true:s===58&&n++;}return n}function P(t){let n=0,e=[t];for(;e.length>0;){let r=e.pop();if(r===null||typeof r!="object")continue;let s=Array.isArray(r)?r:Object.values(r);Array.isArray(r)||(n+=s.length);for(let i of s)i!==null&&typeof i=="object"&&e.push(i);}return n}async function E$1(t,n){let e=x$1(t,n),r=t.endsWith(".json");if(r){let o;try{o=JSON.parse(e);}catch(a){let u=a instanceof Error?a.message:String(a),c=/position (\d+)/.exec(u)?.[1],d=c===void 0?void 0:e.slice(0,Number(c)).split(`
`).length;throw new s$2(`${t}${d?`:${d}`:""}: the ${n} is not valid JSON: ${u.replace(/\s*\(line \d+ column \d+\)/,"")}`)}if(b$1(e)!==P(o)){let{doc:a,lineCounter:u}=await g$2(e),c=a.errors.find($=>$.code==="DUPLICATE_KEY")??a.errors[0],d=c?u.linePos(c.pos[0]).line:void 0;throw new s$2(`${t}${d?`:${d}`:""}: the ${n} is not valid: ${c?.message.split(`
`)[0]??"a key appears twice in one object"}`)}let m;return {file:t,data:o,locator:()=>m??=g$2(e).then(a=>a.lineOf)}}let{doc:s,lineCounter:i,lineOf:p}=await g$2(e),l=s.errors[0];if(l){let o=i.linePos(l.pos[0]).line;throw new s$2(`${t}${o?`:${o}`:""}: the ${n} is not valid ${r?"JSON":"YAML"}: ${l.message.split(`
`)[0]}`)}try{return {file:t,data:s.toJS({maxAliasCount:100}),locator:async()=>p}}catch(o){throw new s$2(`${t}: the ${n} could not be read: ${o instanceof Error?o.message:String(o)}`)}}function O(t){return t.length===0?"(top level)":t.map((n,e)=>typeof n=="number"?`[${n}]`:/^[A-Za-z_$][\w$]*$/.test(String(n))?`${e?".":""}${String(n)}`:`["${String(n)}"]`).join("")}async function L(t,n,e,r=[],s=n.data){let i=t.safeParse(s);if(i.success)return i.data;let p=await n.locator(),l=i.error.issues.slice(0,20).flatMap(m=>{let a=[...r,...m.path],u=(c,d)=>{let $=p(c)??p(a);return `  ${n.file}${$?`:${$}`:""}: ${O(c)}: ${d}`};return m.code==="unrecognized_keys"?m.keys.map(c=>u([...a,c],"unknown key")):[u(a,m.message)]}),o=i.error.issues.length>20?`
  \u2026 and ${i.error.issues.length-20} more`:"";throw new s$2(`invalid ${e}:
${l.join(`
`)}${o}`)}

var r=p$1(o(),1),s$1=p$1(o$1(),1);function d(t){try{return (0,r.statSync)(t).isFile()?"file":"special"}catch{return "absent"}}function p(t){try{return (0,r.lstatSync)(t).isSymbolicLink()?(0,r.realpathSync)(t):t}catch{return t}}function S$1(t,n=t){if(t.includes("\0"))throw new s$2(`cannot write ${JSON.stringify(n)}: a path cannot hold a NUL character`,`${JSON.stringify(n)} \u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093: \u30D1\u30B9\u306B NUL \u6587\u5B57\u306F\u4F7F\u3048\u307E\u305B\u3093`);let i=d(t),c=i==="special"?t:p(t);try{if(i==="absent"){if(!(0,r.statSync)((0,s$1.dirname)(c)).isDirectory())throw Object.assign(new Error("not a directory"),{code:"ENOTDIR"});(0,r.accessSync)((0,s$1.dirname)(c),r.constants.W_OK);}else (0,r.accessSync)(c,r.constants.W_OK);}catch(o){let e=o.code??o.message;throw new s$2(`cannot write ${n}: ${e==="ENOENT"?`the folder ${(0, s$1.dirname)(n)} does not exist`:e}`,`${n} \u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093: ${e==="ENOENT"?`\u30D5\u30A9\u30EB\u30C0\u30FC ${(0, s$1.dirname)(n)} \u304C\u3042\u308A\u307E\u305B\u3093`:e}`)}}function m(t,n){let i=Buffer.from(n),c=(0, r.openSync)(t,"w");try{for(let o=0;o<i.length;)try{o+=(0,r.writeSync)(c,i,o);}catch(e){if(e.code!=="EAGAIN")throw e;Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,5);}}finally{(0, r.closeSync)(c);}}function g$1(t,n,i=420){if(d(t)==="special")try{m(t,n);return}catch(e){throw new s$2(`cannot write ${t}: ${e.code??e.message}`)}let c=p(t),o=`${c}.${process.pid}.tmp`;try{(0,r.writeFileSync)(o,n,{mode:i}),(0,r.renameSync)(o,c);}catch(e){throw (0, r.rmSync)(o,{force:true}),new s$2(`cannot write ${t}: ${e.code??e.message}`)}}

var S={en:{title:"aws-baseline report",accounts:e=>`${e} account${e===1?"":"s"}`,judged:"judged as of",summary:"Summary",map:"Accounts \xD7 checks",mapHint:"Each cell shows the worst status of that check in that account; open it for the findings.",account:"Account",findings:"Findings",severity:"Severity",status:"Status",check:"Check",all:"all",fix:"Fix",console:"In the console",cli:"AWS CLI",docs:"AWS documentation",suppressed:"suppressed",attested:"attested by",region:"Region",resource:"Resource",message:"Finding",gate:(e,t)=>`--fail-on ${e} \u2192 exit ${t}`,incomplete:"Incomplete: some checks could not be evaluated (ERROR).",nothing:"Nothing matches these filters."},ja:{title:"aws-baseline \u30EC\u30DD\u30FC\u30C8",accounts:e=>`${e} \u30A2\u30AB\u30A6\u30F3\u30C8`,judged:"\u5224\u5B9A\u6642\u70B9",summary:"\u6982\u8981",map:"\u30A2\u30AB\u30A6\u30F3\u30C8 \xD7 \u30C1\u30A7\u30C3\u30AF",mapHint:"\u5404\u30BB\u30EB\u306F\u305D\u306E\u30A2\u30AB\u30A6\u30F3\u30C8\u3067\u306E\u30C1\u30A7\u30C3\u30AF\u306E\u6700\u3082\u60AA\u3044\u72B6\u614B\u3067\u3059\u3002\u958B\u304F\u3068\u691C\u51FA\u5185\u5BB9\u3092\u8868\u793A\u3057\u307E\u3059\u3002",account:"\u30A2\u30AB\u30A6\u30F3\u30C8",findings:"\u691C\u51FA\u5185\u5BB9",severity:"\u91CD\u5927\u5EA6",status:"\u72B6\u614B",check:"\u30C1\u30A7\u30C3\u30AF",all:"\u3059\u3079\u3066",fix:"\u5BFE\u51E6",console:"\u30B3\u30F3\u30BD\u30FC\u30EB\u3067\u306E\u624B\u9806",cli:"AWS CLI",docs:"AWS \u30C9\u30AD\u30E5\u30E1\u30F3\u30C8",suppressed:"\u6291\u5236\u6E08\u307F",attested:"\u78BA\u8A8D\u8005",region:"\u30EA\u30FC\u30B8\u30E7\u30F3",resource:"\u30EA\u30BD\u30FC\u30B9",message:"\u691C\u51FA\u5185\u5BB9",gate:(e,t)=>`--fail-on ${e} \u2192 \u7D42\u4E86\u30B3\u30FC\u30C9 ${t}`,incomplete:"\u4E0D\u5B8C\u5168: \u8A55\u4FA1\u3067\u304D\u306A\u304B\u3063\u305F\u30C1\u30A7\u30C3\u30AF\u304C\u3042\u308A\u307E\u3059(ERROR)\u3002",nothing:"\u3053\u306E\u6761\u4EF6\u306B\u5408\u3046\u3082\u306E\u306F\u3042\u308A\u307E\u305B\u3093\u3002"}},$={PASS:"\u2713",FAIL:"\u2717",ERROR:"!",MANUAL:"?",SKIPPED:"\u2013"},y=["FAIL","ERROR","MANUAL","PASS","SKIPPED"],x={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},s=e=>e.replace(/[&<>"']/g,t=>x[t]??t),v=(e,t)=>`f-${e}-${t.replace(/[^\w-]/g,"_")}`,h=e=>e.suppressed&&e.status==="FAIL"?"SKIPPED":e.status;function b(e){return y.find(t=>e.some(i=>h(i)===t))}function g(e,t=e){return `<span class="st st-${e}"><span aria-hidden="true">${$[e]}</span> ${s(t)}</span>`}function A(e,t){let i=e.catalog.map(n=>`<th scope="col" data-check="${s(n.id)}" title="${s(n.title)}"><span>${s(n.id)}</span></th>`).join(""),o=e.accounts.map(n=>{let l=e.catalog.map(a=>{let p=n.results.filter(r=>r.checkId===a.id),d=b(p);if(!d)return `<td data-check="${s(a.id)}"></td>`;let c=`${n.id} ${a.id}: ${d}`;return `<td data-check="${s(a.id)}" class="cell st-${d}"><a href="#${v(n.id,a.id)}" aria-label="${s(c)}" title="${s(c)}">${$[d]}</a></td>`});return `<tr><th scope="row"><a href="#acct-${n.id}">${n.id}</a>${n.name?`<br><small>${s(n.name)}</small>`:""}</th>${l.join("")}</tr>`});return `<section id="map"><h2>${t.map}</h2><p class="hint">${t.mapHint}</p><div class="scroll"><table class="map"><thead><tr><th scope="col">${t.account}</th>${i}</tr></thead><tbody>${o.join("")}</tbody></table></div></section>`}function R(e,t){let i=[e.suppressed?`<div class="note">${t.suppressed}: ${s(e.suppressed.reason)}</div>`:"",e.attestation?`<div class="note">${t.attested} ${s(e.attestation.by)} (${s(e.attestation.date)})</div>`:"",e.status!=="PASS"&&e.status!=="SKIPPED"?`<div class="fix"><b>${t.fix}:</b> ${s(e.remediation)}</div>`:""].join("");return `<tr data-status="${h(e)}"><td>${g(e.status)}</td><td>${s(e.region)}</td><td class="res">${s(e.resource)}</td><td>${s(e.message)}${i}</td></tr>`}function E(e,t,i,o){let n=b(i)??"SKIPPED",l=[...new Set(i.map(h))].join(" "),a=n==="FAIL"||n==="ERROR"||n==="MANUAL",p=a&&t.console.length?`<h4>${o.console}</h4><ol>${t.console.map(r=>`<li>${s(r)}</li>`).join("")}</ol>`:"",d=a&&t.cli.length?`<h4>${o.cli}</h4><pre>${t.cli.map(s).join(`
`)}</pre>`:"",c=[...t.references.readable.map(r=>s(r)),`<a href="${s(t.references.docs)}" rel="noreferrer">${o.docs}</a>`].join(" \xB7 ");return `<details class="group" id="${v(e,t.id)}" data-check="${s(t.id)}" data-severity="${t.severity}" data-statuses="${l}"${n==="FAIL"?" open":""}>
<summary>${g(n)} <span class="sev sev-${t.severity}">${t.severity}</span> <b>${s(t.title)}</b> <code>${s(t.id)}</code></summary>
<div class="scroll"><table class="results"><thead><tr><th>${o.status}</th><th>${o.region}</th><th>${o.resource}</th><th>${o.message}</th></tr></thead><tbody>${i.map(r=>R(r,o)).join("")}</tbody></table></div>
${p}${d}<p class="refs">${c}</p>
</details>`}function k(e$1,t){let i=(o,n,l)=>`<label>${n} <select data-filter="${o}"><option value="">${t.all}</option>${l.map(a=>`<option value="${s(a)}">${s(a)}</option>`).join("")}</select></label>`;return `<form class="filters" onsubmit="return false">${i("severity",t.severity,e)}${i("status",t.status,r$2)}${i("check",t.check,e$1.catalog.map(o=>o.id))}</form>`}var I=`
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
`;function j(e$1){let t=S[e$1.lang],i=r$2.map(a=>`<div class="card">${g(a)}<b>${e$1.summary.byStatus[a]}</b></div>`).join(""),o=e.map(a=>`<div class="card"><span class="sev sev-${a}">${a}</span><b>${e$1.summary.failuresBySeverity[a]}</b></div>`).join(""),n=e$1.accounts.map(a=>{let p=e$1.catalog.map(c=>({entry:c,results:a.results.filter(r=>r.checkId===c.id)})).filter(c=>c.results.length>0).map(c=>E(a.id,c.entry,c.results,t)),d=`${t.account} ${a.id}${a.name?` \u2014 ${s(a.name)}`:""} (${a.partition})`;return `<section class="account" id="acct-${a.id}"><h3>${d}</h3>${p.join(`
`)}</section>`}),l=e$1.organization?` \xB7 ${s(e$1.organization.id)}`:"";return `<!DOCTYPE html>
<html lang="${e$1.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${t.title} \u2014 ${e$1.accounts.length===1?s(e$1.accounts[0]?.id??""):t.accounts(e$1.accounts.length)}</title>
<style>${I}</style>
</head>
<body>
<header><h1>${t.title}</h1>
<p class="meta">aws-baseline ${s(e$1.tool.version)} \xB7 ${t.accounts(e$1.accounts.length)}${l} \xB7 ${t.judged} ${s(d$1(e$1.source.judgedAt,e$1.lang))}</p></header>
<section id="summary"><h2>${t.summary}</h2><div class="cards">${i}</div><div class="cards" style="margin-top:8px">${o}</div>
<p>${s(t.gate(e$1.failOn,e$1.exitCode))}${e$1.incomplete?` \xB7 ${t.incomplete}`:""}</p></section>
${e$1.accounts.length>1?A(e$1,t):""}
<section id="findings"><h2>${t.findings}</h2>${k(e$1,t)}<p id="empty" hidden>${t.nothing}</p>
${n.join(`
`)}
</section>
<script>${w}</script>
</body>
</html>
`}

var htmlYJZ6KM2T = /*#__PURE__*/Object.freeze({
  __proto__: null,
  renderHtml: j
});

export { A$1 as A, C, E$1 as E, J, L, S$1 as S, htmlYJZ6KM2T as a, g$1 as g, h$1 as h };
