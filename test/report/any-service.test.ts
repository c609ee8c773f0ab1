import { describe, expect, it } from 'vitest';
import { ACCOUNT, defineCheck, fail } from '../../src/checks/define.js';
import { buildReport } from '../../src/engine/report.js';
import { runAudit } from '../../src/engine/run.js';
import { renderGithub } from '../../src/report/github.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarifLogs } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { NOW, storeOf } from '../helpers.js';

/** A check of a service no report section names: reporters know it only from the report they are given. */
const newService = defineCheck({
  id: 'newsvc.thing-enabled',
  severity: 'high',
  scope: 'account',
  references: { seed: 'guardduty', docs: 'https://docs.aws.amazon.com/' },
  reads: [],
  cli: ['aws newsvc enable'],
  text: {
    en: { title: 'The thing is enabled', passes: 'p', rationale: 'r', remediation: 'Enable the thing.', console: ['c'], messages: { off: 'The thing is off.' } },
    ja: { title: 'thing が有効', passes: 'p', rationale: 'r', remediation: 'thing を有効にしてください。', console: ['c'], messages: { off: 'thing が無効です。' } },
  },
  async evaluate() {
    return [fail(ACCOUNT, 'off')];
  },
});

describe('every check appears in every format, whatever its service', () => {
  it('text, markdown, SARIF, JUnit and GitHub annotations all show a check of an unknown service', async () => {
    const audit = await runAudit(storeOf({}), { checks: [newService], requestedRegions: ['us-east-1'], settings: { rootUnusedDays: 90, paidCalls: true }, now: NOW, concurrency: 4, attestations: [], suppressions: [] });
    const report = buildReport({
      audits: [audit],
      checks: [newService],
      lang: 'en',
      startedAt: NOW,
      finishedAt: NOW,
      failOn: 'low',
      exitCode: 1,
      source: { kind: 'snapshot', snapshot: 'x.json', judgedAt: NOW.toISOString(), clock: 'fixed' },
      paidCalls: { count: 0, skipped: false },
    });
    expect(renderText(report, { color: false, quiet: false })).toMatch(/Other checks\n {2}FAIL {4}high {5}newsvc\.thing-enabled/);
    expect(renderMarkdown(report)).toContain('`newsvc.thing-enabled`');
    const [sarif] = renderSarifLogs(report);
    const run = sarif?.runs[0] as { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] };
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['newsvc.thing-enabled']);
    expect(run.results[0]).toMatchObject({ ruleId: 'newsvc.thing-enabled', ruleIndex: 0 });
    expect(renderJunit(report)).toContain('newsvc.thing-enabled');
    expect(renderGithub(report)).toContain('newsvc.thing-enabled');
  });
});
