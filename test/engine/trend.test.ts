import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { trendPoint, withTrend } from '../../src/engine/trend.js';
import { renderHtml } from '../../src/report/html.js';
import type { JsonReport, JsonResult } from '../../src/report/schema.js';
import { runCli } from '../run-cli.js';

const A = '111111111111';
const B = '222222222222';

const result = (checkId: string, status: JsonResult['status'], fields: Partial<JsonResult> = {}) => ({ checkId, status, suppressed: undefined, ...fields }) as JsonResult;
const at = (finishedAt: string, accounts: [string, JsonResult[]][], organization?: string) =>
  ({ finishedAt, accounts: accounts.map(([id, results]) => ({ id, results })), ...(organization ? { organization: { id: organization, managementAccountId: A } } : {}) }) as unknown as JsonReport;

describe('the trend over earlier reports (--history)', () => {
  it('a check that could not be read (an ERROR), or only skipped, is not judged then: absent, never a fall to 0; with a FAIL beside the ERROR it counts its FAILs', () => {
    const point = trendPoint('w.json', at('2026-11-01T00:00:00.000Z', [[A, [result('guardduty.enabled', 'PASS'), result('guardduty.enabled', 'ERROR'), result('billing.cost-explorer', 'SKIPPED'), result('config.recorder', 'FAIL'), result('config.recorder', 'ERROR'), result('iam.root-mfa', 'SKIPPED'), result('iam.root-mfa', 'PASS')]]]));
    expect(Object.fromEntries(point.fails)).toEqual({ [`${A} config.recorder`]: 1, [`${A} iam.root-mfa`]: 0 });
  });

  it('counts unsuppressed FAILs per account and check; a check judged without a FAIL is 0, one not judged is absent', () => {
    const point = trendPoint('w1.json', at('2026-11-01T00:00:00.000Z', [[A, [result('iam.root-mfa', 'FAIL'), result('config.recorder', 'FAIL'), result('config.recorder', 'FAIL'), result('config.recorder', 'PASS'), result('guardduty.enabled', 'PASS'), result('iam.admin-mfa', 'FAIL', { suppressed: { reason: 'x' } })]]]));
    expect(Object.fromEntries(point.fails)).toEqual({ [`${A} iam.root-mfa`]: 1, [`${A} config.recorder`]: 2, [`${A} guardduty.enabled`]: 0, [`${A} iam.admin-mfa`]: 0 });
  });

  it('draws, oldest first and this report last, each check of each account that failed at some moment; a moment it was not judged is null', () => {
    const history = [
      trendPoint('w2.json', at('2026-11-08T00:00:00.000Z', [[A, [result('iam.root-mfa', 'PASS'), result('config.recorder', 'FAIL')]]])),
      trendPoint('w1.json', at('2026-11-01T00:00:00.000Z', [[A, [result('iam.root-mfa', 'FAIL'), result('guardduty.enabled', 'PASS')]], [B, [result('iam.root-mfa', 'FAIL')]]])),
      trendPoint('later.json', at('2026-12-30T00:00:00.000Z', [[A, [result('iam.root-mfa', 'FAIL')]]])), // after this report: not part of its past
    ];
    const now = { ...at('2026-11-15T00:00:00.000Z', [[A, [result('iam.root-mfa', 'PASS'), result('config.recorder', 'FAIL'), result('guardduty.enabled', 'PASS')]]]), catalog: [] } as unknown as JsonReport;
    expect(withTrend(now, history).trend).toEqual({
      at: ['2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', '2026-11-15T00:00:00.000Z'],
      series: [
        { account: A, check: 'config.recorder', fails: [null, 1, 1] },
        { account: A, check: 'iam.root-mfa', fails: [1, 0, 0] },
        { account: B, check: 'iam.root-mfa', fails: [1, null, null] },
      ],
    });
  });

  it('refuses a report of another organization in the history (exit 2)', () => {
    const history = [trendPoint('other.json', at('2026-11-01T00:00:00.000Z', [], 'o-other'))];
    expect(() => withTrend(at('2026-11-15T00:00:00.000Z', [], 'o-here'), history)).toThrow(InputError);
    expect(() => withTrend(at('2026-11-15T00:00:00.000Z', [], 'o-here'), history)).toThrow(/other\.json is a report of organization o-other/);
  });

  it('HTML: a line per series, broken where the check was not judged, the value now beside it', async () => {
    const base = JSON.parse((await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--format', 'json'])).stdout) as JsonReport;
    const page = renderHtml({ ...base, trend: { at: ['2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', '2026-11-15T00:00:00.000Z'], series: [{ account: A, check: 'iam.root-mfa', fails: [2, null, 1] }] } });
    const row = /<table class="trend">[\s\S]*?<\/table>/.exec(page)?.[0] ?? '';
    expect(row).toContain('<circle cx="2.0" cy="2.0" r="2"/>'); // 2 of at most 2: the top, alone before the gap
    expect(row).toContain('<circle cx="118.0" cy="12.0" r="2"/>'); // 1 of 2: half way, alone after it
    expect(row).toContain('2026-11-08 00:00 UTC: –');
    expect(row).toMatch(/<\/svg><\/td><td>1<\/td>/);
    expect(page).toContain('over 3 reports from 2026-11-01 00:00 UTC to 2026-11-15 00:00 UTC');
    expect(renderHtml(base)).not.toContain('id="trend"');
  });
});

describe('the trend: which earlier reports belong to it', () => {
  const now = () => ({ ...at('2026-11-15T00:00:00.000Z', [[A, [result('iam.root-mfa', 'FAIL')]]], 'o-here'), catalog: [] }) as unknown as JsonReport;
  it('a report of the same organization, or of none, is taken; one that ended with or after this one is not its past', () => {
    const history = [
      trendPoint('same.json', at('2026-11-01T00:00:00.000Z', [[A, [result('iam.root-mfa', 'FAIL')]]], 'o-here')),
      trendPoint('none.json', at('2026-11-08T00:00:00.000Z', [[A, [result('iam.root-mfa', 'PASS')]]])),
      trendPoint('twin.json', at('2026-11-15T00:00:00.000Z', [[A, [result('iam.root-mfa', 'PASS')]]], 'o-here')),
    ];
    expect(withTrend(now(), history).trend).toEqual({ at: ['2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', '2026-11-15T00:00:00.000Z'], series: [{ account: A, check: 'iam.root-mfa', fails: [1, 0, 1] }] });
    const alone = { ...now(), organization: undefined } as JsonReport;
    expect(withTrend(alone, [trendPoint('org.json', at('2026-11-01T00:00:00.000Z', [], 'o-there'))]).trend?.at).toHaveLength(2);
    try {
      withTrend(now(), [trendPoint('other.json', at('2026-11-01T00:00:00.000Z', [], 'o-other'))]);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).ja).toBe('--history: other.json は組織 o-other のレポートで、この監査は o-here のものです');
    }
  });
});
