import { decidingChecks, FRAMEWORKS, type Framework, type FrameworkId } from '../checks/frameworks.js';
import { CHECKS } from '../checks/index.js';
import type { Lang, Status } from '../core/model.js';
import { emptyTally, type Tally, tallyInto } from './tally.js';
import { format } from '../core/i18n.js';
import type { FrameworkTable, JsonReport } from '../report/schema.js';
import { CONTROL_STATUSES } from '../core/model.js';

type ControlStatus = (typeof CONTROL_STATUSES)[number];

const REASONS = {
  en: {
    manual: 'No check decides it: a person attests it.',
    rest: 'Its checks pass; {rest}.',
    attest: 'A deciding check asks for attestation (MANUAL).',
    fail: '{count} FAIL(s) in {checks} (a suppressed FAIL counts: the control is not met).',
    error: '{count} ERROR(s): what decides it could not be read.',
    pass: 'Every deciding check passed everywhere.',
    'not-run': 'Its checks were not run ({checks}): select them to judge it.',
    'part-run': 'Nothing failed, but {checks} were not run.',
    'nothing-to-judge': 'Its checks had nothing to judge (SKIPPED).',
  },
  ja: {
    manual: '判定するチェックがありません。人が確認します。',
    rest: 'チェックはすべて合格です。ただし{rest}。',
    attest: '判定するチェックが確認を求めています(MANUAL)。',
    fail: '{checks} に FAIL が {count} 件あります(抑制された FAIL も数えます。コントロールは満たされていません)。',
    error: 'ERROR が {count} 件あります。判定に必要な情報を読めませんでした。',
    pass: '判定するチェックがすべての場所で合格しました。',
    'not-run': 'チェックが実行されていません({checks})。判定するにはそれらを選んでください。',
    'part-run': '失敗はありませんが、{checks} は実行されていません。',
    'nothing-to-judge': 'チェックに判定する対象がありませんでした(SKIPPED)。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * A framework's table, read from a report: each control's status from the results of the checks that
 * decide it, over every account. FAIL if any of them failed anywhere (a suppressed FAIL too: the
 * control is not met, whatever the gate accepts); else ERROR if any could not be read; else MANUAL if
 * a person must attest (no deciding check, a MANUAL result, or a part no check covers); else PASS if
 * they passed; SKIPPED where they were not run or had nothing to judge.
 */
export function frameworkTable(report: JsonReport, framework: Framework, byCheck: Tally['byCheck'] = tallyOf(report).byCheck): FrameworkTable {
  const lang = report.lang;
  const reasons = REASONS[lang];
  const ran = new Set(report.catalog.map((entry) => entry.id));
  // Which checks decide each control: what the checks the report holds say of themselves, and, for those it
  // did not run, what the catalog of this version says (so a control is never called manual when a check exists).
  const deciding = decidingChecks(framework, [...report.catalog, ...CHECKS]);
  const controls = framework.controls.map((control) => {
    const checks = deciding.get(control.id) ?? [];
    const judged = (status: ControlStatus, key: keyof typeof reasons, params: Record<string, string | number> = {}) => ({ id: control.id, title: control.title[lang], checks, status, reason: format(reasons[key], params) });
    if (checks.length === 0) return judged('MANUAL', 'manual');
    const count = (status: Status) => checks.reduce((sum, id) => sum + (byCheck.get(id)?.[status] ?? 0), 0);
    const notRun = checks.filter((id) => !ran.has(id));
    const failed = checks.filter((id) => (byCheck.get(id)?.FAIL ?? 0) > 0);
    if (failed.length > 0) return judged('FAIL', 'fail', { count: count('FAIL'), checks: failed.join(', ') });
    const errors = count('ERROR');
    if (errors > 0) return judged('ERROR', 'error', { count: errors });
    if (notRun.length === checks.length) return judged('SKIPPED', 'not-run', { checks: notRun.join(', ') });
    if (notRun.length > 0) return judged('SKIPPED', 'part-run', { checks: notRun.join(', ') });
    if (count('MANUAL') > 0) return judged('MANUAL', 'attest');
    if (count('PASS') === 0) return judged('SKIPPED', 'nothing-to-judge');
    if (control.rest) return judged('MANUAL', 'rest', { rest: control.rest[lang] });
    return judged('PASS', 'pass');
  });
  const byStatus = Object.fromEntries(CONTROL_STATUSES.map((status) => [status, controls.filter((control) => control.status === status).length])) as Record<ControlStatus, number>;
  return { id: framework.id, title: framework.title[lang], url: framework.url, controls, summary: { total: controls.length, byStatus } };
}

/** The report's results counted: what its framework tables are read from. */
const tallyOf = (report: JsonReport) => report.accounts.reduce((tally, account) => tallyInto(tally, account.results), emptyTally());

/** The report with the tables of the frameworks asked for (none asked: the report as it was); its results' tally if it was counted already (a merge). */
export function withFrameworks(report: JsonReport, ids: readonly FrameworkId[], tally?: Tally): JsonReport {
  if (ids.length === 0) return report;
  const byCheck = (tally ?? tallyOf(report)).byCheck;
  return { ...report, frameworks: [...new Set(ids)].map((id) => frameworkTable(report, FRAMEWORKS[id], byCheck)) };
}
