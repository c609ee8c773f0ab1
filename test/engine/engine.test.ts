import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { ACCOUNT, fail, pass } from '../../src/checks/define.js';
import multiRegion from '../../src/checks/cloudtrail/multi-region.js';
import mfaRecovery from '../../src/checks/iam/mfa-recovery.js';
import { exitCode } from '../../src/engine/gate.js';
import { errorResult, runAudit } from '../../src/engine/run.js';
import { CollectError } from '../../src/facts/errors.js';
import { selectChecks } from '../../src/engine/select.js';
import type { Result } from '../../src/core/model.js';
import { auditPlan, denied, storeOf, testCheck } from '../helpers.js';
import { SEED_SECTIONS } from '../../src/checks/references.js';

const plan = auditPlan;

const crashing = testCheck('test.crashing', 'high', { ok: 'ok' }, async () => {
  throw new TypeError('boom');
});

const failing = (id: `${string}.${string}`, severity: 'critical' | 'low') =>
  testCheck(id, severity, { bad: 'bad {user}', good: 'good' }, async () => [
    fail('arn:aws:iam::123456789012:user/ci-bot', 'bad', { params: { user: 'ci-bot' } }),
    fail('arn:aws:iam::123456789012:user/alice', 'bad', { params: { user: 'alice' } }),
    pass(ACCOUNT, 'good'),
  ]);

describe('engine', () => {
  it('isolates a crashing check: ERROR for it alone', async () => {
    const audit = await runAudit(storeOf({}), plan({ checks: [crashing, failing('test.failing', 'low')] }));
    expect(audit.results.map((result) => [result.checkId, result.status])).toEqual([
      ['test.crashing', 'ERROR'],
      ['test.failing', 'PASS'], // within a check, results sort by resource
      ['test.failing', 'FAIL'],
      ['test.failing', 'FAIL'],
    ]);
    expect(audit.results[0]?.message.en).toContain('boom');
    expect(audit.runs.map((run) => run.checkId).sort()).toEqual(['test.crashing', 'test.failing']);
  });

  it('never judges a cross-region check when regions cannot be listed', async () => {
    const audit = await runAudit(storeOf({ 'account.regions': denied('ListRegions') }), plan({ checks: [multiRegion], requestedRegions: undefined }));
    expect(audit.results.map((result) => result.status)).toEqual(['ERROR']);
    expect(audit.results[0]?.messageKey).toBe('engine.regions-unknown');
  });

  it('attestations turn MANUAL into PASS until they expire', async () => {
    const attestation = { check: 'iam.mfa-recovery', by: 'Taro Yamada', date: '2026-11-01', expires: '2026-12-01', note: 'secret in the safe' };
    const valid = await runAudit(storeOf({}), plan({ checks: [mfaRecovery], attestations: [attestation] }));
    expect(valid.results[0]).toMatchObject({ status: 'PASS', attestation: { by: 'Taro Yamada' } });
    expect(valid.results[0]?.message.en).toContain('Taro Yamada');
    const expired = await runAudit(storeOf({}), plan({ checks: [mfaRecovery], attestations: [attestation], now: new Date('2026-12-02T00:00:00Z') }));
    expect(expired.results[0]?.status).toBe('MANUAL');
    const future = await runAudit(storeOf({}), plan({ checks: [mfaRecovery], attestations: [{ ...attestation, date: '2026-12-24' }] }));
    expect(future.results[0]?.status).toBe('MANUAL');
  });

  it('suppressions: glob on resource, status kept, expired and unused ones reported', async () => {
    const check = failing('test.failing', 'critical');
    const audit = await runAudit(
      storeOf({}),
      plan({
        checks: [check],
        suppressions: [
          { check: 'test.*', resource: 'arn:aws:iam::123456789012:user/ci-*', reason: 'programmatic user' },
          { check: 'test.failing', resource: 'arn:aws:iam::123456789012:user/alice', reason: 'old', expires: '2026-01-01' },
          { check: 'iam.*', reason: 'nothing matches' },
        ],
      }),
    );
    const ci = audit.results.find((result) => result.resource.endsWith('ci-bot'));
    const alice = audit.results.find((result) => result.resource.endsWith('alice'));
    expect(ci).toMatchObject({ status: 'FAIL', suppressed: { reason: 'programmatic user' } });
    expect(alice?.suppressed).toBeUndefined();
    expect(audit.suppressions.expired.map((entry) => entry.reason)).toEqual(['old']);
    expect(audit.suppressions.unused.map((entry) => entry.reason)).toEqual(['nothing matches']);
    expect(exitCode(audit.results, { failOn: 'low', allowIncomplete: false })).toBe(1); // alice still gates
  });

  it('gate precedence: FAIL (1) over ERROR (3) over clean (0)', () => {
    const result = (status: Result['status'], severity: Result['severity'] = 'high', suppressed = false): Result => ({
      checkId: 'x',
      severity,
      status,
      region: 'global',
      resource: 'account',
      messageKey: 'k',
      message: { en: '', ja: '' },
      ...(suppressed ? { suppressed: { reason: 'r' } } : {}),
    });
    const gate = (results: Result[], failOn: Parameters<typeof exitCode>[1]['failOn'] = 'low', allowIncomplete = false) => exitCode(results, { failOn, allowIncomplete });
    expect(gate([result('PASS'), result('MANUAL'), result('SKIPPED')])).toBe(0);
    expect(gate([result('FAIL'), result('ERROR')])).toBe(1);
    expect(gate([result('ERROR')])).toBe(3);
    expect(gate([result('ERROR')], 'low', true)).toBe(0);
    expect(gate([result('FAIL', 'low')], 'medium')).toBe(0);
    expect(gate([result('FAIL', 'info')], 'info')).toBe(1);
    expect(gate([result('FAIL', 'critical')], 'none')).toBe(0);
    expect(gate([result('FAIL', 'critical', true)])).toBe(0);
  });

  it('selects checks by id and glob, and rejects a pattern that matches nothing', () => {
    const trailChecks = CHECKS.map((check) => check.id).filter((id) => id.startsWith('cloudtrail.'));
    expect(trailChecks).toContain('cloudtrail.log-validation');
    expect(selectChecks(CHECKS, ['cloudtrail.*'], ['cloudtrail.log-*']).map((check) => check.id)).toEqual(trailChecks.filter((id) => id !== 'cloudtrail.log-validation'));
    expect(() => selectChecks(CHECKS, ['iam.rot-mfa'], [])).toThrow(/no check matches "iam.rot-mfa"/);
  });
});

describe('the catalog', () => {
  it('has the ids of the first release catalog (and any added since), each unique, with metadata and complete text in both languages', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([
      'iam.root-mfa', 'iam.root-hardware-mfa', 'iam.root-access-keys', 'iam.root-recent-use', 'iam.user-console-mfa', 'iam.admin-mfa', 'iam.mfa-recovery',
      'organizations.member', 'fms.admin-account', 'cloudtrail.multi-region', 'cloudtrail.log-validation', 'cloudtrail.cloudwatch-logs', 'config.recorder',
      'billing.iam-access', 'billing.cost-explorer', 'billing.budget', 'billing.budget-alerts', 'guardduty.enabled',
    ]));
    const seedKeys = Object.keys(SEED_SECTIONS);
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z][a-z0-9]*\.[a-z0-9-]+$/);
      if (check.references.seed !== undefined) expect(seedKeys).toContain(check.references.seed);
      expect(check.references.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(Object.keys(check.text.ja.messages).sort()).toEqual(Object.keys(check.text.en.messages).sort());
      for (const lang of ['en', 'ja'] as const) {
        const text = check.text[lang];
        for (const field of [text.title, text.rationale, text.remediation, ...Object.values<string>(text.messages)]) expect(field.trim()).not.toBe('');
        expect(text.console.length).toBeGreaterThan(0);
      }
      // the CLI is written once, with no prose (its words are in the console steps), and is an aws command
      for (const line of check.cli) expect(line, check.id).toMatch(/^(?:aws |[A-Z_]+=)/) // an aws command, or a variable the next commands use;
      // Japanese text is Japanese, not an English copy
      expect(check.text.ja.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(check.text.ja.rationale).not.toBe(check.text.en.rationale);
      // placeholders agree across languages
      for (const [key, english] of Object.entries<string>(check.text.en.messages)) {
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(placeholders(check.text.ja.messages[key] ?? ''), `${check.id} ${key}`).toEqual(placeholders(english));
      }
      // a finding's own fix exists in both languages and uses only what its message is given (or `{xArgument}`, {x} as one shell word in a command)
      const fixes = (lang: 'en' | 'ja') => (check.text[lang].fixes ?? {}) as Record<string, string>;
      expect(Object.keys(fixes('ja')).sort(), check.id).toEqual(Object.keys(fixes('en')).sort());
      for (const [key, fix] of Object.entries(fixes('en'))) {
        const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
        const given = names(check.text.en.messages[key] ?? '');
        for (const lang of ['en', 'ja'] as const) for (const name of names(fixes(lang)[key] ?? fix)) expect(given.has(name) || given.has((name ?? '').replace(/Argument$/, '')), `${check.id} fixes.${key} {${name}} (${lang})`).toBe(true);
      }
    }
  });
});

describe('advice that fits how the audit was made', () => {
  const check = testCheck('test.advice', 'high', { ok: 'ok' }, () => Promise.resolve([]));
  const missing = (code: string) => new CollectError({ service: 'iam', operation: 'GetCredentialReport', code, kind: 'missing', message: 'not there' });
  it('a fact missing from a snapshot asks for a new snapshot; an answer that lacked something asks for another run, never a snapshot', () => {
    expect(errorResult(check, 'global', 'account', missing('FactMissing')).remediation?.en).toMatch(/take the snapshot again/);
    const live = errorResult(check, 'global', 'account', missing('UserNotInReport')).remediation;
    expect(live?.en).toMatch(/run the audit again/);
    expect(live?.en).not.toMatch(/snapshot/);
    expect(live?.ja).toMatch(/監査を再実行/);
  });
  it("a refusal by the organization's SCP never advises granting a permission", () => {
    const refused = new CollectError({ service: 'guardduty', operation: 'ListDetectors', code: 'AccessDeniedException', kind: 'organization-denied', message: 'with an explicit deny in a service control policy' });
    const advice = errorResult(check, 'global', 'account', refused).remediation?.en ?? '';
    expect(advice).toMatch(/service control policy/);
    expect(advice).not.toMatch(/^Grant/);
  });
});
