import { besideManaged, type ManagedPolicy, policyOf } from '../aws/policy.js';
import { describeCatalog } from '../checks/description.js';
import { describeTexts } from '../checks/description-texts.js';
import type { Io } from '../io/io.js';
import { EXIT } from '../engine/gate.js';
import { detectLang } from '../core/i18n.js';
import { InputError } from '../core/errors.js';
import type { Lang } from '../core/model.js';
import { DEFAULT_ROLE_NAME, parseList } from '../settings/options.js';
import { CIS_BENCHMARK, FSBP_STANDARD, readableReferences, SSB_GUIDE } from '../checks/references.js';
import { decidingChecks, FRAMEWORKS, type FrameworkId } from '../checks/frameworks.js';
import { parseFrameworks } from '../settings/options.js';

/** Message placeholders shown as <name>. */
const placeholders = (text: string) => text.replace(/\{(\w+)\}/g, '<$1>');


const COVERAGE = {
  en: { manual: 'manual: no check decides it', rest: 'the rest is manual', covered: (covered: number, total: number) => `${covered} of ${total} controls decided by checks` },
  ja: { manual: '手動: 判定するチェックがありません', rest: '残りは手動', covered: (covered: number, total: number) => `${total} 件中 ${covered} 件のコントロールをチェックが判定します` },
} as const;

/** `checks --framework ID`: the framework's controls, each with the checks that decide it (or none: a person attests it). */
function coverage(id: FrameworkId, format: 'text' | 'json', lang: Lang, io: Io): number {
  const framework = FRAMEWORKS[id];
  const deciding = decidingChecks(framework, describeCatalog().checks);
  const rows = framework.controls.map((control) => ({
    id: control.id,
    title: control.title[lang],
    titles: control.title,
    checks: deciding.get(control.id) ?? [],
    ...(control.rest ? { rest: control.rest[lang] } : {}),
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ id, title: framework.title[lang], url: framework.url, controls: rows }, null, 2)}\n`);
    return EXIT.ok;
  }
  const words = COVERAGE[lang];
  const idWidth = Math.max(...rows.map((row) => row.id.length));
  const lines = rows.map((row) => {
    const decided = row.checks.length ? `${row.checks.join(', ')}${row.rest ? ` (${words.rest}: ${row.rest})` : ''}` : words.manual;
    return `  ${row.id.padEnd(idWidth)}  ${row.title}\n  ${' '.repeat(idWidth)}  → ${decided}\n`;
  });
  // One write: each is a system call.
  io.stdout(`${framework.title[lang]} — ${framework.url}\n${lines.join('')}${words.covered(rows.filter((row) => row.checks.length > 0).length, rows.length)}\n`);
  return EXIT.ok;
}

export async function checksCommand(flags: { format: 'text' | 'json'; lang?: Lang; framework?: string }, io: Io): Promise<number> {
  const lang = flags.lang ?? detectLang(io.env);
  const [framework, ...more] = parseFrameworks(flags.framework === undefined ? undefined : [flags.framework]);
  if (more.length > 0) throw new InputError('checks --framework takes one framework', 'checks --framework にはフレームワークを 1 つだけ指定してください');
  if (framework) return coverage(framework, flags.format, lang, io);
  const { checks: catalog } = describeCatalog();
  if (flags.format === 'json') {
    const listed = catalog.map((check) => ({
      id: check.id,
      severity: check.severity,
      scope: check.scope,
      title: check.titles[lang],
      titles: check.titles,
      references: check.references,
      reads: check.reads,
    }));
    io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
    return EXIT.ok;
  }
  const idWidth = Math.max(...catalog.map((check) => check.id.length));
  const lines = catalog.map((check) => {
    const { ssb = [], cis = [], fsbp = [] } = check.references;
    const ids = [...ssb.map((id) => `SSB ${id}`), ...cis.map((id) => `CIS ${id}`), ...fsbp.map((id) => `FSBP ${id}`)].join(', ');
    return `${check.id.padEnd(idWidth)} ${check.severity.padEnd(8)} ${check.scope.padEnd(7)} ${check.titles[lang]}${ids ? `  [${ids}]` : ''}\n`;
  });
  // One write: each is a system call.
  io.stdout(`${lines.join('')}\nSSB: ${SSB_GUIDE} · CIS: ${CIS_BENCHMARK} · FSBP: ${FSBP_STANDARD} · "aws-baseline explain ID" gives each in full; "--framework ID" a framework's coverage\n`);
  return EXIT.ok;
}

const HEADINGS = {
  en: { severity: 'severity', scope: 'scope', rationale: 'Why', passes: 'Passes when', console: 'Console', cli: 'AWS CLI', references: 'References', permissions: 'Permissions', outcomes: 'Possible results' },
  ja: { severity: '重大度', scope: '範囲', rationale: '理由', passes: '合格の条件', console: 'コンソールでの手順', cli: 'AWS CLI', references: '参照', permissions: '必要な権限', outcomes: '結果の種類' },
} as const;

export async function explainCommand(id: string, flags: { lang?: Lang }, io: Io): Promise<number> {
  const { checks: catalog, actions: factActions } = describeCatalog();
  const check = catalog.find((candidate) => candidate.id === id);
  if (!check) {
    const near = catalog.filter((candidate) => candidate.id.includes(id.split('.').pop() ?? id)).map((candidate) => candidate.id);
    throw new InputError(
      `unknown check "${id}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; "aws-baseline checks" lists them`,
      `不明なチェック "${id}"${near.length ? `(もしかして ${near.join('、')}?)` : ''}。一覧は "aws-baseline checks" で表示されます`,
    );
  }
  const lang = flags.lang ?? detectLang(io.env);
  const texts = describeTexts(check.id);
  if (!texts) throw new Error(`${check.id}: no texts`);
  const text = texts.text[lang];
  const h = HEADINGS[lang];
  const actions = [...new Set(check.reads.flatMap((key) => factActions[key]))].sort();
  const lines = [
    `${check.id} — ${text.title}`,
    `${h.severity}: ${check.severity} · ${h.scope}: ${check.scope}`,
    '',
    `${h.passes}:`,
    `  ${text.passes}`,
    '',
    `${h.rationale}:`,
    `  ${text.rationale}`,
    '',
    `${h.outcomes}:`,
    ...Object.entries<string>(text.messages).flatMap(([key, message]) => {
      const fix = (text.fixes as Record<string, string> | undefined)?.[key];
      return [`  - ${placeholders(message)}`, ...(fix ? [`    → ${placeholders(fix)}`] : [])];
    }),
    '',
    `${h.console}:`,
    ...text.console.map((step, index) => `  ${index + 1}. ${step}`),
    '',
    `${h.cli}:`,
    ...(texts.cli.length ? texts.cli.map((line) => `  ${line}`) : ['  -']),
    '',
    `${h.references}:`,
    ...readableReferences(check.references, lang).map((reference) => `  - ${reference}`),
    '',
    `${h.permissions}:`,
    ...(actions.length ? actions.map((action) => `  - ${action}`) : ['  -']),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** An IAM role name, with its path if it has one (what IAM accepts). */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export async function policyCommand(flags: { checks?: string; skipChecks?: string; org?: boolean; roleName?: string; beside?: ManagedPolicy }, io: Io): Promise<number> {
  const { checks: catalog, actions } = describeCatalog();
  const selected = parseList(flags.checks);
  const skipped = parseList(flags.skipChecks);
  // Glob matching (picomatch) loads only when checks are named: `checks` and `explain` never need it.
  const checks = selected || skipped ? (await import('../engine/select.js')).selectChecks(catalog, selected, skipped) : catalog;
  if (flags.roleName !== undefined && !flags.org) throw new InputError('--role-name scopes the AssumeRole of --org: use both', '--role-name は --org の AssumeRole を絞り込むものです。両方を指定してください');
  if (flags.roleName !== undefined && !ROLE_NAME.test(flags.roleName)) {
    throw new InputError(
      `--role-name ${flags.roleName}: not an IAM role name (letters, digits and +=,.@_- , optionally after a path such as audit/)`,
      `--role-name ${flags.roleName}: IAM ロール名ではありません(英数字と +=,.@_- 。audit/ のようなパスを前に付けられます)`,
    );
  }
  // The role the audit assumes unless told otherwise: AssumeRole is granted on it alone, never on every role.
  const reads = new Set(checks.flatMap((check) => check.reads));
  const whole = policyOf((key) => actions[key], reads, flags.org ? { roleName: flags.roleName ?? DEFAULT_ROLE_NAME } : false);
  const policy = flags.beside ? besideManaged(whole, flags.beside) : whole;
  if (policy.Statement.length === 0) {
    // An IAM policy needs a statement: an empty one would be refused where it is attached, so nothing is printed and the reason said.
    const lang = detectLang(io.env);
    io.stderr(`${lang === 'ja' ? `${flags.beside ?? ''} は選んだチェックが読むものをすべて許可しています。追加するポリシーはありません` : `${flags.beside ?? ''} grants every read the selected checks need: there is no policy to add`}\n`);
    return EXIT.ok;
  }
  io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
  return EXIT.ok;
}
