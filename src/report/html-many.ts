import type { Lang } from '../core/model.js';
import { SEVERITIES } from '../core/model.js';
import { ACCOUNT_COLUMNS, accountRow, type AccountRow } from './accounts.js';
import { byUnit, cellsOf, effective, FILTERS_SCRIPT, html, pageFrame, unitAnchor, WORDS } from './html.js';
import type { JsonReport, JsonResult } from './schema.js';

/**
 * Past this many accounts, the HTML report is a page of many accounts: every finding in the page
 * itself would be a page of hundreds of megabytes no browser opens (93 MB at 1,000 accounts).
 */
export const MANY_ACCOUNTS = 200;

const MANY_WORDS = {
  en: {
    accounts: 'Accounts by organizational unit',
    hint: 'Open a unit for its accounts, and an account for its findings. Passing results are counted here, not listed: the JSON report holds every result.',
    open: 'Open an account above (or a check in the list of what to fix first) to see its findings.',
    passed: 'passing result(s), not listed',
  },
  ja: {
    accounts: '組織単位ごとのアカウント',
    hint: '組織単位を開くとアカウントを、アカウントを開くと検出内容を表示します。合格した結果は数だけを示します(すべての結果は JSON レポートにあります)。',
    open: '上のアカウント(または「まず直すもの」のチェック)を開くと、検出内容を表示します。',
    passed: '件の合格した結果(一覧にはありません)',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** JSON inside a <script> element: no `<` that could close it or open a comment. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One account's list entry: what fails there by severity (one per check), and what could not be read. */
function listRow(row: AccountRow): string {
  return `<tr><th scope="row"><a href="#acct-${html(row.id)}">${html(row.id)}</a></th><td>${html(row.name)}</td>${SEVERITIES.map((severity) => `<td>${row.fails[severity]}</td>`).join('')}<td>${row.errors}</td></tr>`;
}

/**
 * The page of many accounts, written in pieces and reading each account twice: first for what the
 * maps need (each check's worst status there), then for its findings, embedded as data that the
 * page's script shows when the account is opened. Neither the page nor its writer ever holds every
 * account's results; the page holds every finding that is not a PASS, each text once.
 */
export function* manyAccountsHtml(report: JsonReport): Generator<string> {
  const w = WORDS[report.lang];
  const m = MANY_WORDS[report.lang];
  const cellsOfAccount = cellsOf(report.catalog);
  const accounts = report.accounts.map((account) => {
    const results = account.results;
    return { ...cellsOfAccount({ id: account.id, name: account.name, ou: account.ou, results }), row: accountRow({ ...account, results }) };
  });
  const units = byUnit(accounts);
  const columns = ACCOUNT_COLUMNS[report.lang];
  const head = `<thead><tr><th scope="col">${columns.account}</th><th scope="col">${columns.name}</th>${SEVERITIES.map((severity) => `<th scope="col">${severity}</th>`).join('')}<th scope="col">ERROR</th></tr></thead>`;
  const lists = units.map(
    (unit) =>
      `<details class="unit-accounts" id="${unitAnchor(unit.id)}"${units.length === 1 ? ' open' : ''}><summary><b>${html(unit.path || w.noUnit)}</b> — ${w.accounts(unit.accounts.length)}</summary><div class="scroll"><table>${head}<tbody>${unit.accounts.map((account) => listRow(account.row)).join('')}</tbody></table></div></details>`,
  );
  const { start, end } = pageFrame(report, accounts, `<section id="accounts"><h2>${m.accounts}</h2><p class="hint">${m.hint}</p>${lists.join('\n')}</section>\n`, MANY_SCRIPT);
  yield start;
  yield `<div id="account-view"><p class="hint">${m.open}</p></div>\n`;
  // What the script needs to show an account: the checks, the words, then each account's findings;
  // texts that repeat from account to account (findings, fixes) are numbered and listed once, last.
  const catalog = report.catalog.map((entry) => [entry.id, entry.title, entry.severity, entry.references.docs]);
  const words = { account: w.account, status: w.status, region: w.region, resource: w.resource, message: w.message, fix: w.fix, suppressed: w.suppressed, docs: w.docs, passed: m.passed };
  yield `<script type="application/json" id="findings-data">{"catalog":${inScript(catalog)},"words":${inScript(words)},"accounts":{`;
  const texts = new Map<string, number>();
  const number = (text: string) => texts.get(text) ?? texts.set(text, texts.size).size - 1;
  const checkAt = new Map(report.catalog.map((entry, at) => [entry.id, at]));
  for (const [index, account] of report.accounts.entries()) {
    const listed = account.results.filter((result) => result.status !== 'PASS');
    const findings = listed.map((result: JsonResult) => [
      checkAt.get(result.checkId) ?? -1,
      result.status,
      effective(result),
      result.region,
      result.resource,
      number(result.message),
      result.status === 'SKIPPED' ? -1 : number(result.remediation),
      result.suppressed?.reason ?? null,
    ]);
    const entry = { name: account.name ?? '', partition: account.partition, passed: account.results.length - listed.length, findings };
    yield `${index === 0 ? '' : ','}${inScript(account.id)}:${inScript(entry)}`;
  }
  yield `},"texts":${inScript([...texts.keys()])}}</script>`;
  yield end;
}

/**
 * The page's script: the filters, and an account's findings shown from the page's data when it is
 * opened (a link to `acct-ID`, or to `f-ID-CHECK` for one check's group), built as elements whose text
 * is set as text: nothing from the data is ever read as HTML.
 */
export const MANY_SCRIPT = `
(function(){${FILTERS_SCRIPT}  var data=null,SYMBOL={PASS:'✓',FAIL:'✗',ERROR:'!',MANUAL:'?',SKIPPED:'–'},WORST=['FAIL','ERROR','MANUAL','PASS','SKIPPED'];
  function el(tag,attributes,text){var e=document.createElement(tag);for(var key in attributes)e.setAttribute(key,attributes[key]);if(text!=null)e.textContent=text;return e;}
  function badge(status){var b=el('span',{'class':'st st-'+status});b.appendChild(el('span',{'aria-hidden':'true'},SYMBOL[status]));b.appendChild(document.createTextNode(' '+status));return b;}
  function show(id){
    var match=/^(?:acct-|f-)([^-]+)/.exec(id);if(!match)return;
    data=data||JSON.parse(document.getElementById('findings-data').textContent);
    var account=data.accounts[match[1]],words=data.words;if(!account)return;
    var section=el('section',{'class':'account',id:'acct-'+match[1]});
    section.appendChild(el('h3',{},words.account+' '+match[1]+(account.name?' — '+account.name:'')+' ('+account.partition+')'));
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
