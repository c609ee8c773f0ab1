import { describe, expect, it } from 'vitest';
import passwordPolicy from '../../src/checks/iam/password-policy.js';
import { checkCases, denied, failure } from '../helpers.js';

const policy = (fields: Record<string, unknown> = {}) => ({
  'iam.passwordPolicy': { minimumLength: 14, reusePrevention: 24, requireSymbols: false, requireNumbers: false, requireUppercase: false, requireLowercase: false, allowUsersToChange: true, hardExpiry: false, ...fields },
});

describe('iam.password-policy', () => {
  // CIS AWS Foundations Benchmark 1.8 (length ≥ 14) and 1.9 (reuse prevention ≥ 24); IAM User Guide, "Set an account password policy for IAM users".
  checkCases(passwordPolicy, [
    { name: 'at least 14 characters, the last 24 remembered', facts: policy(), expect: ['PASS'], keys: ['strong'] },
    { name: 'longer and remembering more passes too', facts: policy({ minimumLength: 20, reusePrevention: 24 }), expect: ['PASS'] },
    { name: 'no policy at all (NoSuchEntity): FAIL, not an error', facts: { 'iam.passwordPolicy': failure('GetAccountPasswordPolicy', 'not-enabled', 'NoSuchEntity') }, expect: ['FAIL'], keys: ['none'] },
    { name: '13 characters: too short', facts: policy({ minimumLength: 13 }), expect: ['FAIL'], keys: ['weak'], messages: ['minimum length 13'] },
    { name: 'reuse prevention unset: reuse allowed', facts: policy({ reusePrevention: undefined }), expect: ['FAIL'], keys: ['weak'], messages: ['passwords remembered 0'] },
    { name: 'both short and 5 remembered: one FAIL naming both', facts: policy({ minimumLength: 8, reusePrevention: 5 }), expect: ['FAIL'], messages: ['minimum length 8 (at least 14), passwords remembered 5'] },
    {
      name: '20 characters, every requirement and hard expiry, but 5 remembered: its fix raises only the reuse and keeps the rest',
      facts: policy({ minimumLength: 20, reusePrevention: 5, requireSymbols: true, requireNumbers: true, requireUppercase: true, requireLowercase: true, allowUsersToChange: false, maxAgeDays: 60, hardExpiry: true }),
      expect: ['FAIL'],
      messages: ['passwords remembered 5'],
    },
    { name: 'the read refused is ERROR, never "no policy"', facts: { 'iam.passwordPolicy': denied('GetAccountPasswordPolicy') }, expect: ['ERROR'] },
  ]);

  it('its fix raises length and reuse and keeps every other setting (update-account-password-policy replaces the whole policy)', () => {
    const found = { checkId: 'iam.password-policy', status: 'FAIL', messageKey: 'weak', resource: 'account', region: 'global', details: { minimumLength: 8, reusePrevention: 30, requireSymbols: true, requireNumbers: false, requireUppercase: true, requireLowercase: false, allowUsersToChange: false, maxAgeDays: 90, hardExpiry: false } } as never;
    const [step] = passwordPolicy.fix?.({ accountId: '123456789012', partition: 'aws', homeRegion: 'us-east-1', failing: () => [found], selected: () => true }) ?? [];
    expect(step?.commands).toEqual(['aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 30 --require-symbols --require-uppercase-characters --max-password-age 90']);
    const none = { ...(found as object), messageKey: 'none', details: undefined } as never;
    const [fresh] = passwordPolicy.fix?.({ accountId: '123456789012', partition: 'aws', homeRegion: 'us-east-1', failing: () => [none], selected: () => true }) ?? [];
    expect(fresh?.commands).toEqual(['aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password']);
  });
});
