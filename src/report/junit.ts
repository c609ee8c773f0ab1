import type { Lang } from '../core/model.js';
import type { FrameworkTable, JsonReport, JsonResult } from './schema.js';
import { say } from '../core/messages.js';
import { baselineMark, isKnown } from './baseline.js';
import { ouPath } from './accounts.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML-escapes text and drops the characters XML 1.0 cannot carry at all. */
export function xml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function testcaseName(result: JsonResult): string {
  return `${result.checkId} [${result.region}] ${result.resource}`;
}

const WORDS = {
  en: { suppressed: 'suppressed', manual: 'manual verification needed' },
  ja: { suppressed: '抑制', manual: '手動での確認が必要' },
} as const satisfies Record<Lang, Record<string, string>>;

function body(result: JsonResult, lang: Lang): string {
  const message = xml(result.message);
  const fix = xml(result.remediation);
  if (result.suppressed) return `<skipped message="${xml(`${WORDS[lang].suppressed}: ${result.suppressed.reason}`)}"/>`;
  // A known finding does not fail the gate, so it fails no test: it is a skip that says so.
  if (isKnown(result)) return `<skipped message="${xml(`${baselineMark(result, lang)}: ${result.message}`)}"/>`;
  switch (result.status) {
    case 'FAIL':
      return `<failure message="${message}" type="${result.severity}">${message}\n${fix}</failure>`;
    case 'ERROR':
      return `<error message="${message}" type="${xml(String(result.details?.errorKind ?? 'error'))}">${message}\n${fix}</error>`;
    case 'SKIPPED':
      return `<skipped message="${message}"/>`;
    case 'MANUAL':
      return `<skipped message="${xml(`${WORDS[lang].manual}: ${result.message}`)}"/>`;
    default:
      return '';
  }
}

type Suite = { tests: number; failures: number; errors: number; skipped: number; xml: string };

function suite(report: JsonReport, name: string, cases: readonly string[], counts: Omit<Suite, 'tests' | 'xml'>, seconds = '0', properties: Record<string, string> = {}): Suite {
  const props = Object.entries(properties).map(([key, value]) => `      <property name="${xml(key)}" value="${xml(value)}"/>`);
  const xmlText = [
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds}" timestamp="${report.startedAt.replace(/Z$/, '')}">`,
    ...(props.length ? ['    <properties>', ...props, '    </properties>'] : []),
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { tests: cases.length, ...counts, xml: xmlText };
}

function testcase(classname: string, name: string, content: string): string {
  const open = `    <testcase classname="${xml(classname)}" name="${xml(name)}" time="0">`;
  return content ? `${open}\n      ${content}\n    </testcase>` : `${open}</testcase>`;
}

function accountSuite(report: JsonReport, account: JsonReport['accounts'][number]): Suite {
  const seen = new Map<string, number>();
  const cases = account.results.map((result) => {
    let name = testcaseName(result);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = `${name} #${count}`;
    return testcase(`aws-baseline.${result.checkId}`, name, body(result, report.lang));
  });
  const count = (predicate: (result: JsonResult) => boolean) => account.results.filter(predicate).length;
  return suite(
    report,
    `aws-baseline ${account.id}`,
    cases,
    {
      failures: count((result) => result.status === 'FAIL' && !result.suppressed && !isKnown(result)),
      errors: count((result) => result.status === 'ERROR' && !result.suppressed),
      skipped: count((result) => result.suppressed !== undefined || isKnown(result) || result.status === 'SKIPPED' || result.status === 'MANUAL'),
    },
    // An account's checks run side by side: its suite took as long as the longest, never their sum.
    (Math.max(0, ...account.checks.map((check) => check.durationMs)) / 1000).toFixed(3),
    // An organization's account says where it sits (JUnit's testsuite properties).
    account.ou ? { ou: ouPath(account), ou_id: account.ou.id } : {},
  );
}

/** --framework: one suite per framework, one testcase per control, its status from the checks that decide it. */
function frameworkSuite(report: JsonReport, table: FrameworkTable): Suite {
  const cases = table.controls.map((control) => {
    const reason = xml(control.reason);
    const content =
      control.status === 'FAIL'
        ? `<failure message="${reason}" type="control">${reason}</failure>`
        : control.status === 'ERROR'
          ? `<error message="${reason}" type="control">${reason}</error>`
          : control.status === 'PASS'
            ? ''
            : `<skipped message="${xml(`${control.status}: ${control.reason}`)}"/>`;
    return testcase(`aws-baseline.framework.${table.id}`, `${control.id} ${control.title}`, content);
  });
  const count = (status: FrameworkTable['controls'][number]['status']) => table.controls.filter((control) => control.status === status).length;
  return suite(report, `aws-baseline ${table.title}`, cases, { failures: count('FAIL'), errors: count('ERROR'), skipped: count('MANUAL') + count('SKIPPED') });
}

/** Accounts never listed have no suite: one error says the audit did not reach them. */
function notListedSuite(report: JsonReport, notListed: NonNullable<JsonReport['notListed']>): Suite {
  const said = xml(say(report.lang).notListed(notListed.after, notListed.message));
  const error = `<error message="${said}" type="${xml(notListed.kind)}">${said}</error>`;
  return suite(report, 'aws-baseline organization', [testcase('aws-baseline.organization', 'organizations:ListAccounts', error)], { failures: 0, errors: 1, skipped: 0 });
}

/**
 * One testsuite per account, one testcase per check and resource (names unique: GitLab keeps only the
 * first of duplicates); then one per framework asked for. The totals are the suites' own sums.
 */
export function renderJunit(report: JsonReport): string {
  const suites = [
    ...report.accounts.map((account) => accountSuite(report, account)),
    ...(report.notListed ? [notListedSuite(report, report.notListed)] : []),
    ...(report.frameworks ?? []).map((table) => frameworkSuite(report, table)),
  ];
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((sum, each) => sum + each[key], 0);
  const wall = Math.max(0, Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aws-baseline" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="${wall.toFixed(3)}">`,
    ...suites.map((each) => each.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
