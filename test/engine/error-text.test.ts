import { readdirSync, readFileSync } from 'node:fs';
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

describe('every ERROR detail the tool writes itself has its Japanese (issue 27)', () => {
  /** Each `new CollectError({ … })` literal in the sources, braces matched (those inside `${}` pair up too). */
  const literals = (text: string): string[] => {
    const found: string[] = [];
    for (let at = text.indexOf('new CollectError({'); at !== -1; at = text.indexOf('new CollectError({', at + 1)) {
      let depth = 0;
      let end = text.indexOf('{', at);
      for (; end < text.length; end++) {
        if (text[end] === '{') depth++;
        else if (text[end] === '}' && --depth === 0) break;
      }
      found.push(text.slice(at, end + 1));
    }
    return found;
  };

  it("says it in Japanese wherever the words are the tool's (a text or template of its own, not what AWS or a library said)", () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => `src/${file}`);
    const own = sources.flatMap((file) => literals(readFileSync(file, 'utf8')).map((literal) => ({ file, literal }))).filter(({ literal }) => /\bmessage: [`'"]/.test(literal));
    expect(own.length).toBeGreaterThan(20);
    expect(own.filter(({ literal }) => !/\bja: [`'"]/.test(literal)).map(({ file, literal }) => `${file}: ${literal.slice(0, 160)}`)).toEqual([]);
  });
});
