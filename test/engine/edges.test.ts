// The engine's boundaries, one behaviour per test: the days attestations and suppressions hold, how
// check patterns expand, what an audit says when regions or identity are unknown, and the report's sums.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, fail, pass } from '../../src/checks/define.js';
import { CHECKS } from '../../src/checks/index.js';
import mfaRecovery from '../../src/checks/iam/mfa-recovery.js';
import rootMfa from '../../src/checks/iam/root-mfa.js';
import multiRegion from '../../src/checks/cloudtrail/multi-region.js';
import { applyAttestations, isExpired } from '../../src/engine/attest.js';
import { buildReport, costOf } from '../../src/engine/report.js';
import { summarize } from '../../src/engine/tally.js';
import { runAudit } from '../../src/engine/run.js';
import { selectChecks } from '../../src/engine/select.js';
import { applySuppressions, type Suppression } from '../../src/engine/suppress.js';
import { InputError } from '../../src/core/errors.js';
import type { Result } from '../../src/core/model.js';
import { auditPlan, denied, NOW, storeOf, testCheck } from '../helpers.js';

const TODAY = '2026-11-20'; // NOW's day

const plan = auditPlan;

const result = (overrides: Partial<Result>): Result => ({
  checkId: 'iam.mfa-recovery',
  severity: 'high',
  status: 'MANUAL',
  region: 'global',
  resource: 'account',
  messageKey: 'k',
  message: { en: 'm', ja: 'm' },
  ...overrides,
});

const slow = testCheck('test.slow', 'low', { ok: 'ok', bad: 'bad' }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 25));
  return [pass(ACCOUNT, 'ok'), fail('arn:aws:iam::123456789012:user/.deploy', 'bad')];
});

describe('attestations', () => {
  const attestation = { check: 'iam.mfa-recovery', by: 'Hanako', date: '2026-11-01' };

  it('hold through their expiry day, and from the day they are dated', () => {
    expect(isExpired(TODAY, NOW)).toBe(false);
    expect(isExpired('2026-11-19', NOW)).toBe(true);
    expect(isExpired(undefined, NOW)).toBe(false);
    const [onExpiryDay] = applyAttestations([result({})], [{ ...attestation, expires: TODAY }], NOW);
    expect(onExpiryDay?.status).toBe('PASS');
    const [datedToday] = applyAttestations([result({})], [{ ...attestation, date: TODAY }], NOW);
    expect(datedToday?.status).toBe('PASS');
  });

  it('carry their note into the message, and turn only MANUAL into PASS', () => {
    const [noted] = applyAttestations([result({})], [{ ...attestation, note: 'codes in the safe' }], NOW);
    expect(noted?.message.en).toContain(': codes in the safe');
    expect(noted?.attestation).toEqual({ by: 'Hanako', date: '2026-11-01', note: 'codes in the safe' });
    const [bare] = applyAttestations([result({})], [attestation], NOW);
    expect(bare?.message).toEqual({ en: 'Attested by Hanako on 2026-11-01.', ja: 'Hanako が 2026-11-01 に確認済み。' });
    const [failed] = applyAttestations([result({ status: 'FAIL' })], [attestation], NOW);
    expect(failed?.status).toBe('FAIL');
  });
});

describe('suppressions', () => {
  it('match resources whose names start with a dot (IAM allows it)', () => {
    const { results } = applySuppressions([result({ status: 'FAIL', resource: 'arn:aws:iam::123456789012:user/.deploy' })], [{ check: 'iam.*', resource: 'arn:aws:iam::*:user/*', reason: 'r' }], NOW);
    expect(results[0]?.suppressed).toEqual({ reason: 'r' });
  });
});

describe('suppressions, looked up by exact check and resource with patterns apart', () => {
  // Pieces that make literals, globs, negations, escapes, braces and extglobs; the index must never change a verdict.
  const piece = fc.constantFrom('a', 'b', '.', '/', '//', './', ':', '-', '_', '=', ',', '*', '**', '?', '!', '\\', '{a,b}', '[ab]', '(', ')', '+', '@');
  const pattern = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
  const text = fc.constantFrom('a', 'b', 'a.b', 'a/b', 'ab', 'a:b', '.a', 'a\\b', 'a*', '{a,b}', 'a?', '(a)', '!a', 'a/', 'a//b', './a', 'a/.b', 'a-b', 'a=b,');
  const entry = fc.record({ check: fc.oneof(pattern, text), resource: fc.option(fc.oneof(pattern, text), { nil: undefined }), region: fc.option(pattern, { nil: undefined }) }, { requiredKeys: ['check'] });

  it('give the reason of the first entry in the config that picomatch matches, as a scan of every entry would', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), text, text, text, (entries, checkId, resource, region) => {
        const suppressions: Suppression[] = entries.map((written, index) => ({ check: written.check, ...(written.resource === undefined ? {} : { resource: written.resource }), ...(written.region === undefined ? {} : { region: written.region }), reason: `r${index}` }));
        const scanned = suppressions.find(
          (candidate) =>
            picomatch.isMatch(checkId, candidate.check) &&
            (candidate.resource === undefined || picomatch.isMatch(resource, candidate.resource, { dot: true, bash: true })) &&
            (candidate.region === undefined || picomatch.isMatch(region, candidate.region)),
        );
        const { results } = applySuppressions([result({ status: 'FAIL', checkId, resource, region })], suppressions, NOW);
        expect(results[0]?.suppressed?.reason).toBe(scanned?.reason);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('selecting checks', () => {
  it('reads a bare service name as that service, and keeps globs as written', () => {
    expect(selectChecks(CHECKS, ['cloudtrail'], undefined).map((check) => check.id)).toEqual(CHECKS.filter((check) => check.id.startsWith('cloudtrail.')).map((check) => check.id));
    expect(selectChecks(CHECKS, undefined, ['iam*']).every((check) => !check.id.startsWith('iam.'))).toBe(true);
  });

  it('names every pattern that matches nothing, in both languages', () => {
    const error = (() => {
      try {
        selectChecks(CHECKS, ['nope'], ['iam.none']);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).text('en')).toBe('no check matches "nope", "iam.none" (see "aws-baseline checks")');
    expect((error as InputError).text('ja')).toBe('"nope", "iam.none" に一致するチェックがありません("aws-baseline checks" を参照)');
  });
});

describe('an audit whose regions or identity are unknown', () => {
  it('lists no region, judges account checks that read no region, and says why the others were not judged', async () => {
    const store = storeOf({ 'account.regions': denied('ListRegions') });
    const audit = await runAudit(store, plan({ checks: [rootMfa, multiRegion], requestedRegions: undefined }));
    expect(audit.regions).toEqual([]);
    const [root, trail] = [audit.results.find((entry) => entry.checkId === rootMfa.id), audit.results.find((entry) => entry.checkId === multiRegion.id)];
    expect(root?.messageKey).not.toBe('engine.regions-unknown');
    expect(trail).toMatchObject({ status: 'ERROR', region: 'global', resource: 'account', messageKey: 'engine.regions-unknown' });
    expect(trail?.message.en).toContain('User is not authorized to perform ListRegions');
  });

  it('audits the enabled regions in name order when none are named', async () => {
    const store = storeOf({ 'account.regions': ['us-west-2', 'ap-northeast-1', 'eu-west-1'].map((name) => ({ name, enabled: name !== 'eu-west-1', status: 'ENABLED' })) });
    const audit = await runAudit(store, plan({ checks: [], requestedRegions: undefined }));
    expect(audit.regions).toEqual(['ap-northeast-1', 'us-west-2']);
  });

  it('says "unknown" for an account it could not identify, and keeps the partition it did identify', async () => {
    const unknown = await runAudit(storeOf({ 'sts.identity': denied('GetCallerIdentity') }), plan({}));
    expect([unknown.accountId, unknown.partition]).toEqual(['unknown', 'aws']);
    const china = await runAudit(storeOf({ 'sts.identity': { accountId: '123456789012', arn: 'arn:aws-cn:iam::123456789012:user/a', partition: 'aws-cn' } }), plan({}));
    expect(china.partition).toBe('aws-cn');
  });

  it('times each check in milliseconds, to the hundredth', async () => {
    const started = performance.now();
    const audit = await runAudit(storeOf({}), plan({ checks: [slow] }));
    const wall = performance.now() - started;
    const [run] = audit.runs;
    expect(run?.durationMs).toBeGreaterThanOrEqual(20);
    expect(run?.durationMs).toBeLessThanOrEqual(wall + 1);
    // A hundredth as written in the report (a float times 100 is not always a whole number: 34.45 * 100 = 3445.0000000000005).
    expect(String(run?.durationMs)).toMatch(/^\d+(\.\d{1,2})?$/);
  });
});

describe('the report', () => {
  it('prices Cost Explorer calls at one cent, to the cent', () => {
    expect([costOf(0), costOf(3), costOf(1234)]).toEqual([0, 0.03, 12.34]);
  });

  it('counts error kinds of ERROR results only, once each, in name order', () => {
    const errors = summarize(
      [
        { checkId: 'a', status: 'ERROR', severity: 'high', details: { errorKind: 'throttled' } },
        { checkId: 'a', status: 'ERROR', severity: 'high', details: { errorKind: 'access-denied' } },
        { checkId: 'a', status: 'ERROR', severity: 'high', details: { errorKind: 'throttled' } },
        { checkId: 'a', status: 'ERROR', severity: 'high' },
        { checkId: 'a', status: 'SKIPPED', severity: 'high', details: { errorKind: 'timeout' } },
      ],
      'low',
    );
    expect(errors.errorKinds).toEqual(['access-denied', 'throttled']);
  });

  const audit = async () => ({ ...(await runAudit(storeOf({}), plan({ checks: [slow] }))), name: 'prod' });
  const input = { lang: 'en' as const, startedAt: NOW, finishedAt: NOW, failOn: 'low' as const, exitCode: 1, source: { kind: 'live' as const, judgedAt: NOW.toISOString(), clock: 'wall' as const }, paidCalls: { count: 2, skipped: false } };

  it('sums each check’s runs, to the hundredth, and names the organization audited', async () => {
    const one = await audit();
    const unrun = testCheck('test.unrun', 'low', { ok: 'ok' }, async () => []);
    const report = buildReport({ ...input, audits: [{ ...one, runs: [{ checkId: 'test.slow', region: 'global', durationMs: 1.236 }, { checkId: 'test.slow', region: 'us-east-1', durationMs: 1.111 }] }], checks: [unrun, slow], organization: { id: 'o-abc123', managementAccountId: '111111111111' } });
    expect(report.accounts[0]?.checks).toEqual([{ id: 'test.slow', durationMs: 2.35 }]);
    expect(report.organization).toEqual({ id: 'o-abc123', managementAccountId: '111111111111' });
    expect(report.paidCalls).toEqual({ count: 2, costUsd: 0.02, skipped: false });
    expect(report.accounts[0]?.results[0]).toMatchObject({ title: 't', remediation: 'x', docs: 'https://example.com' });
  });

  it('refuses a result of a check that was not run (a programming error, never a silent blank)', async () => {
    expect(() => buildReport({ ...input, audits: [{ accountId: '1', partition: 'aws', regions: [], runs: [], suppressions: { expired: [], unused: [] }, results: [result({ checkId: mfaRecovery.id })] }], checks: [slow] })).toThrow(
      'a result of iam.mfa-recovery, which is not among the checks run',
    );
  });
});
