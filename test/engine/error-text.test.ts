import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { errorResult } from '../../src/engine/run.js';
import { CollectError } from '../../src/facts/errors.js';

describe("an ERROR's detail in the reader's language (issue 27)", () => {
  const check = CHECKS[0];
  if (!check) throw new Error('no check');

  it("the tool's own detail reads in Japanese; what AWS said stays as AWS said it", () => {
    const own = new CollectError({ service: 'iam', operation: 'GetCredentialReport', code: 'RootRowMissing', kind: 'missing', message: 'the credential report has no <root_account> row', ja: '認証情報レポートに <root_account> の行がありません' });
    const result = errorResult(check, 'global', 'account', own);
    expect(result.message.en).toContain(': the credential report has no <root_account> row');
    expect(result.message.ja).toContain(': 認証情報レポートに <root_account> の行がありません');
    const aws = new CollectError({ service: 'iam', operation: 'GetAccountSummary', code: 'AccessDenied', kind: 'access-denied', message: 'User: x is not authorized to perform: iam:GetAccountSummary' });
    expect(errorResult(check, 'global', 'account', aws).message.ja).toContain(': User: x is not authorized to perform: iam:GetAccountSummary');
  });

  it('the Japanese detail travels with the error into a snapshot and back', () => {
    const error = new CollectError({ service: 'guardduty', operation: 'GetDetector', code: 'StatusUnknown', kind: 'missing', message: 'en', ja: 'ja' });
    expect(error.toJSON()).toEqual({ service: 'guardduty', operation: 'GetDetector', code: 'StatusUnknown', kind: 'missing', message: 'en', ja: 'ja' });
    expect(new CollectError(error.toJSON()).ja).toBe('ja');
    expect(new CollectError({ ...error.toJSON(), ja: undefined }).toJSON()).not.toHaveProperty('ja');
  });
});
