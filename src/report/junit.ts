import type { JsonReport, JsonResult } from './schema.js';
import { say } from '../core/messages.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML-escapes text and drops the characters XML 1.0 cannot carry at all. */
export function xml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function testcaseName(result: JsonResult): string {
  return `${result.checkId} [${result.region}] ${result.resource}`;
}

function body(result: JsonResult): string {
  const message = xml(result.message);
  const fix = xml(result.remediation);
  if (result.suppressed) return `<skipped message="${xml(`suppressed: ${result.suppressed.reason}`)}"/>`;
  switch (result.status) {
    case 'FAIL':
      return `<failure message="${message}" type="${result.severity}">${message}\n${fix}</failure>`;
    case 'ERROR':
      return `<error message="${message}" type="${xml(String(result.details?.errorKind ?? 'error'))}">${message}\n${fix}</error>`;
    case 'SKIPPED':
      return `<skipped message="${message}"/>`;
    case 'MANUAL':
      return `<skipped message="${xml(`manual verification needed: ${result.message}`)}"/>`;
    default:
      return '';
  }
}

/** One testsuite per account, one testcase per check and resource (names unique: GitLab keeps only the first of duplicates). */
export function renderJunit(report: JsonReport): string {
  const suites = report.accounts.map((account) => {
    const seen = new Map<string, number>();
    const cases = account.results.map((result) => {
      let name = testcaseName(result);
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if (count > 1) name = `${name} #${count}`;
      const content = body(result);
      const open = `    <testcase classname="${xml(`aws-baseline.${result.checkId}`)}" name="${xml(name)}" time="0">`;
      return content ? `${open}\n      ${content}\n    </testcase>` : `${open}</testcase>`;
    });
    const count = (predicate: (result: JsonResult) => boolean) => account.results.filter(predicate).length;
    const failures = count((result) => result.status === 'FAIL' && !result.suppressed);
    const errors = count((result) => result.status === 'ERROR' && !result.suppressed);
    const skipped = count((result) => result.suppressed !== undefined || result.status === 'SKIPPED' || result.status === 'MANUAL');
    const time = (account.checks.reduce((sum, check) => sum + check.durationMs, 0) / 1000).toFixed(3);
    return [
      `  <testsuite name="${xml(`aws-baseline ${account.id}`)}" tests="${account.results.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}" timestamp="${report.startedAt.replace(/Z$/, '')}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  // Accounts never listed have no suite: one error says the audit did not reach them.
  if (report.notListed) {
    const said = xml(say(report.lang).notListed(report.notListed.after, report.notListed.message));
    suites.push(
      [
        `  <testsuite name="aws-baseline organization" tests="1" failures="0" errors="1" skipped="0" time="0" timestamp="${report.startedAt.replace(/Z$/, '')}">`,
        `    <testcase classname="aws-baseline.organization" name="organizations:ListAccounts" time="0">`,
        `      <error message="${said}" type="${xml(report.notListed.kind)}">${said}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const unlisted = report.notListed ? 1 : 0;
  const total = (key: 'FAIL' | 'ERROR') => report.accounts.reduce((sum, account) => sum + account.results.filter((result) => result.status === key && !result.suppressed).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aws-baseline" tests="${report.summary.total + unlisted}" failures="${total('FAIL')}" errors="${total('ERROR') + unlisted}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
