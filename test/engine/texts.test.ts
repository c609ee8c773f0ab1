import { describe, expect, it } from 'vitest';
import type { AccountAudit } from '../../src/engine/run.js';
import { textPool } from '../../src/engine/texts.js';
import type { Result } from '../../src/core/model.js';

const result = (region: string, remediation?: string): Result => ({
  checkId: 'guardduty.enabled',
  severity: 'high',
  status: 'FAIL',
  region,
  resource: 'region',
  messageKey: 'off',
  message: { en: `GuardDuty is off in ${region}`, ja: `${region} で GuardDuty が無効です` },
  ...(remediation ? { remediation: { en: remediation, ja: `${remediation}(日本語)` } } : {}),
});
const audit = (accountId: string, results: Result[]): AccountAudit => ({ accountId, partition: 'aws', regions: [], results, runs: [], suppressions: { expired: [], unused: [] } });

describe('the texts of many accounts, held once', () => {
  it('gives an account the texts another already holds, and changes nothing else', () => {
    const share = textPool();
    const first = share(audit('111111111111', [result('us-east-1', 'Enable it'), result('eu-west-1')]));
    const secondInput = audit('222222222222', [result('eu-west-1'), result('us-east-1', 'Enable it'), result('ap-south-1')]);
    const second = share(secondInput);
    expect(second).toEqual(secondInput);
    expect(second.results[0]?.message).toBe(first.results[1]?.message);
    expect(second.results[1]?.message).toBe(first.results[0]?.message);
    expect(second.results[1]?.remediation).toBe(first.results[0]?.remediation);
    expect(second.results[2]?.message).toBe(secondInput.results[2]?.message);
    // A text equal in English but not in Japanese is another text.
    const third = share(audit('333333333333', [{ ...result('us-east-1'), message: { en: 'GuardDuty is off in us-east-1', ja: '別の文' } }]));
    expect(third.results[0]?.message).not.toBe(first.results[0]?.message);
    expect(third.results[0]?.message.ja).toBe('別の文');
  });
});

describe('the texts of many accounts as the report holds them, held once', () => {
  it('shares every text between accounts handed over by the processes of a spread audit, and changes nothing', async () => {
    const { reportTextPool } = await import('../../src/engine/texts.js');
    const { reportAccount } = await import('../../src/engine/report.js');
    const { CHECKS } = await import('../../src/checks/index.js');
    const checks = CHECKS.filter((check) => check.id === 'guardduty.enabled');
    // As they arrive over IPC: each a copy of its own.
    const arrived = (accountId: string) => structuredClone(reportAccount(audit(accountId, [result('us-east-1', 'Enable it'), result('eu-west-1')]), checks, 'ja'));
    const keep = reportTextPool();
    const first = keep(arrived('111111111111'));
    const secondInput = arrived('222222222222');
    const second = keep(secondInput);
    expect(second).toEqual(secondInput);
    expect(JSON.stringify(second)).toBe(JSON.stringify(secondInput));
    // (Equal strings are one to Object.is, held once or not: what is shared is seen in the objects.)
    expect(second.results[0]?.messages).toBe(first.results[0]?.messages);
    expect(second.results[1]?.messages).toBe(first.results[1]?.messages);
    expect(second.results[1]?.messages).not.toBe(first.results[0]?.messages);
  });
});
