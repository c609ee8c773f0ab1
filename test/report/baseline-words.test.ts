import { describe, expect, it } from 'vitest';
import { baselineMark, fixedLine } from '../../src/report/baseline.js';

describe('a fixed finding as one line, in both languages', () => {
  it.each([
    { region: 'global', resource: 'account', en: '111111111111 iam.root-mfa account (known since 2026-11-01)', ja: '111111111111 iam.root-mfa アカウント全体 (既知(2026-11-01 から))' },
    { region: 'us-east-1', resource: 'region', en: '111111111111 iam.root-mfa us-east-1 (known since 2026-11-01)', ja: '111111111111 iam.root-mfa us-east-1 (既知(2026-11-01 から))' },
    { region: 'us-east-1', resource: 'arn:aws:s3:::logs', en: '111111111111 iam.root-mfa us-east-1 arn:aws:s3:::logs (known since 2026-11-01)', ja: '111111111111 iam.root-mfa us-east-1 arn:aws:s3:::logs (既知(2026-11-01 から))' },
    { region: 'global', resource: 'arn:aws:iam::111111111111:user/bob', en: '111111111111 iam.root-mfa arn:aws:iam::111111111111:user/bob (known since 2026-11-01)', ja: '111111111111 iam.root-mfa arn:aws:iam::111111111111:user/bob (既知(2026-11-01 から))' },
  ])('$region $resource', ({ region, resource, en, ja }) => {
    const entry = { account: '111111111111', check: 'iam.root-mfa', region, resource, since: '2026-11-01' };
    expect(fixedLine(entry, 'en')).toBe(en);
    expect(fixedLine(entry, 'ja')).toBe(ja);
  });

  it('a result without a baseline mark says nothing; new and known say so', () => {
    expect(baselineMark({}, 'en')).toBe('');
    expect(baselineMark({ baseline: { state: 'new' } }, 'ja')).toBe('新規');
    expect(baselineMark({ baseline: { state: 'known', since: '2026-11-01' } }, 'en')).toBe('known since 2026-11-01');
  });
});
