import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { closestRegion, ENABLED_IN_EVERY_ACCOUNT, KNOWN_REGIONS, REGION_NAME } from '../src/aws/region-name.js';
import { classifyError, redact, registerSecrets } from '../src/aws/errors.js';
import { parseCredentialReport } from '../src/aws/credential-report.js';
import { detectLang, format } from '../src/core/i18n.js';
import { resourceKey, resourcePath } from '../src/report/locate.js';
import { runCli } from './run-cli.js';
import { main } from '../src/process/cli.js';
import { byCodeUnit } from '../src/core/order.js';

describe('secrets never reach output', () => {
  it('redacts access key ids, signatures and session tokens from error text', () => {
    const text = 'The security token AKIAIOSFODNN7EXAMPLE is invalid; X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE&Signature=abcdef';
    expect(redact(text)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|FwoGZXIvYXdzEXAMPLE|abcdef/);
    const error = classifyError(Object.assign(new Error(text), { name: 'InvalidClientTokenId' }), 'sts', 'GetCallerIdentity');
    expect(error.kind).toBe('access-denied');
    expect(error.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('removes the values the process holds and shapes of secrets, never ordinary words', () => {
    registerSecrets('canary-secret-value-0001');
    expect(redact('Could not load credentials from any providers')).toBe('Could not load credentials from any providers');
    expect(redact('the SessionToken header and the Signature are checked')).toBe('the SessionToken header and the Signature are checked');
    expect(redact('echoed: canary-secret-value-0001.')).toBe('echoed: [redacted].');
    expect(redact('key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end')).toBe('key [redacted] end');
    expect(redact('Credential=AKIAIOSFODNN7EXAMPLE/20261120/us-east-1/sts/aws4_request')).toBe('Credential=[redacted]');
    expect(redact(`x-amz-security-token: ${'A'.repeat(60)}b${'9'.repeat(60)}`)).toBe('x-amz-security-token: [redacted]');
    // request ids and hex digests are not secrets
    expect(redact('request 9b2f4c1e-1234-4e5f-8a9b-0123456789ab sha 0123456789abcdef0123456789abcdef01234567')).toContain('0123456789abcdef0123456789abcdef01234567');
  });
});

describe('credential report parsing', () => {
  it('reads not_supported, N/A and no_information as absent, never as dates, and normalizes to UTC', () => {
    const csv = [
      'user,arn,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_used_date,access_key_2_active,access_key_2_last_used_date',
      '<root_account>,arn:aws:iam::1:root,not_supported,no_information,false,false,N/A,false,N/A',
      'u,arn:aws:iam::1:user/u,true,2026-11-19T09:00:00+09:00,true,true,2026-11-01T00:00:00+00:00,false,N/A',
    ].join('\n');
    const [root, user] = parseCredentialReport(csv);
    expect(root).toMatchObject({ passwordEnabled: undefined, passwordLastUsed: undefined, accessKey1LastUsed: undefined });
    expect(user).toMatchObject({ passwordEnabled: true, passwordLastUsed: '2026-11-19T00:00:00.000Z', mfaActive: true, accessKey1LastUsed: '2026-11-01T00:00:00.000Z' });
  });

  it('reads when each credential was set (creation, password change, key rotation) where the report has the columns', () => {
    const csv = [
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date',
      'u,arn:aws:iam::1:user/u,2025-01-02T03:04:05+00:00,true,no_information,2025-02-01T00:00:00+09:00,false,true,2025-03-01T00:00:00+00:00,N/A,false,N/A,N/A',
    ].join('\n');
    expect(parseCredentialReport(csv)[0]).toMatchObject({ createdAt: '2025-01-02T03:04:05.000Z', passwordLastChanged: '2025-01-31T15:00:00.000Z', accessKey1LastRotated: '2025-03-01T00:00:00.000Z', accessKey2LastRotated: undefined });
  });

  it('rejects a report that lacks the columns the checks need', () => {
    expect(() => parseCredentialReport('user,arn\nx,y\n')).toThrow(/lacks the columns/);
  });
});

describe('small pieces', () => {
  it('fills message parameters and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('detects Japanese from the locale', () => {
    expect(detectLang({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(detectLang({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang({})).toBe('en');
  });

  it('orders names by code unit, the same whatever the locale (localeCompare would put alice before Bob)', () => {
    expect(['zed', 'émile', 'alice', '_x', 'Bob', 'alice'].sort(byCodeUnit)).toEqual(['Bob', '_x', 'alice', 'alice', 'zed', 'émile']);
    expect(byCodeUnit('us-east-1', 'us-east-1')).toBe(0);
  });

  it('locates resources by scheme-less, encoded paths', () => {
    expect(resourceKey('arn:aws:iam::123456789012:user/team/bob')).toBe('user/team/bob');
    expect(resourcePath('123456789012', { checkId: 'iam.admin-mfa', region: 'global', resource: 'arn:aws:iam::123456789012:user/a b' })).toBe('aws-baseline/123456789012/global/iam/user/a%20b');
    expect(resourcePath('123456789012', { checkId: 'config.recorder', region: 'eu-west-1', resource: 'region' })).toBe('aws-baseline/123456789012/eu-west-1/config/region');
  });
});

describe('text output', () => {
  async function text(env: NodeJS.ProcessEnv, args: string[] = []) {
    let out = '';
    await main(['audit', '--snapshot', 'fixtures/accounts/insecure.json', ...args], { stdout: (t) => (out += t), stderr: () => undefined, env: { AWS_BASELINE_NOW: '2026-11-20T12:00:00Z', ...env }, cwd: process.cwd(), stdoutIsTty: () => true, stderrIsTty: () => false });
    return out;
  }

  it('colour on a terminal, never with NO_COLOR or --no-color', async () => {
    expect(await text({})).toMatch(/\u001b\[31m/);
    expect(await text({ NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
    expect(await text({}, ['--no-color'])).not.toMatch(/\u001b\[/);
  });

  it('--quiet shows only what fails, and the summary', async () => {
    const run = await runCli(['audit', '--snapshot', 'fixtures/accounts/insecure.json', '--quiet']);
    expect(run.stdout).not.toContain('iam.root-mfa ');
    expect(run.stdout).toContain('iam.root-access-keys');
    expect(run.stdout).toContain('Summary');
  });
});

describe('known regions', () => {
  it('are the regions of the bundled AWS SDK\'s endpoint data, partition by partition', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('@aws-sdk/core').replace(/dist-cjs\/index\.js$/, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'), 'utf8');
    const info = JSON.parse(source.replace(/^export const partitionsInfo = /, '').replace(/;\s*$/, '')) as { partitions: { id: string; regions: Record<string, unknown> }[] };
    const fromSdk = Object.fromEntries(info.partitions.map((partition) => [partition.id, Object.keys(partition.regions).filter((name) => REGION_NAME.test(name)).sort()]));
    expect(Object.fromEntries(Object.entries(KNOWN_REGIONS).map(([id, regions]) => [id, [...regions].sort()]))).toEqual(fromSdk);
    // the regions every account has (warmed up before the region list answers) are regions of the aws partition
    expect(ENABLED_IN_EVERY_ACCOUNT).toHaveLength(17);
    expect(ENABLED_IN_EVERY_ACCOUNT.filter((name) => !KNOWN_REGIONS.aws?.includes(name))).toEqual([]);
    expect(closestRegion('us-east-9')).toBe('us-east-1');
    expect(closestRegion('tokyo')).toBeUndefined();
  });
});

describe('an empty credential report', () => {
  it('is malformed: AWS always sends its header and the root row', () => {
    expect(() => parseCredentialReport('')).toThrow(/empty/);
  });
});

describe('credential report dates', () => {
  it('a value that is no date is a malformed report (ERROR), never "never used"', () => {
    const csv = 'user,arn,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_used_date,access_key_2_active,access_key_2_last_used_date\n<root_account>,arn:aws:iam::1:root,not_supported,yesterday,false,false,N/A,false,N/A\n';
    expect(() => parseCredentialReport(csv)).toThrow(/"yesterday" where a date belongs/);
  });
});

describe('no organization', () => {
  it('reads as not-enabled, whichever service says it', () => {
    for (const code of ['OrganizationNotFound', 'OrganizationNotFoundException', 'AWSOrganizationsNotInUseException']) {
      expect(classifyError(Object.assign(new Error('no organization'), { name: code }), 'iam', 'ListOrganizationsFeatures').kind, code).toBe('not-enabled');
    }
  });
});

describe("the organization's guardrails", () => {
  // IAM User Guide, "Troubleshoot access denied error messages": the refusal names the policy type that denied.
  const refusal = (tail: string) => `User: arn:aws:sts::123456789012:assumed-role/Audit/s is not authorized to perform: guardduty:ListDetectors on resource: arn:aws:guardduty:ap-east-2:123456789012:detector/* ${tail}`;
  it('a refusal by a service or resource control policy is the organization\'s choice, not a missing grant', () => {
    for (const tail of ['with an explicit deny in a service control policy', 'because no service control policy allows the guardduty:ListDetectors action', 'with an explicit deny in a resource control policy']) {
      expect(classifyError(Object.assign(new Error(refusal(tail)), { name: 'AccessDeniedException' }), 'guardduty', 'ListDetectors').kind, tail).toBe('organization-denied');
    }
  });
  it('any other refusal stays access-denied', () => {
    for (const tail of ['because no identity-based policy allows the guardduty:ListDetectors action', 'with an explicit deny in a permissions boundary', '']) {
      expect(classifyError(Object.assign(new Error(refusal(tail)), { name: 'AccessDeniedException' }), 'guardduty', 'ListDetectors').kind, tail).toBe('access-denied');
    }
  });
});

describe('a refused signature', () => {
  it('is neither a refusal by policy nor expired credentials: a clock out of step, or a wrong key', () => {
    for (const name of ['SignatureDoesNotMatch', 'InvalidSignatureException', 'RequestTimeTooSkewed']) {
      expect(classifyError(Object.assign(new Error('Signature expired: 20261204T000000Z is now earlier than 20261204T001500Z'), { name, $metadata: { httpStatusCode: 403 } }), 'ce', 'GetCostAndUsage').kind, name).toBe('signature-refused');
    }
  });
});
