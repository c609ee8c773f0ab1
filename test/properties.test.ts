import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../src/aws/credential-report.js';
import { CollectError } from '../src/facts/errors.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-prop-'));
const STACK = /\n\s+at /;
const sample = JSON.parse(readFileSync('fixtures/accounts/insecure.json', 'utf8')) as { facts: Record<string, { value?: unknown }> };
const valueKeys = Object.keys(sample.facts).filter((key) => 'value' in (sample.facts[key] ?? {}));

/** Replaces the value at a random path inside one fact by arbitrary JSON. */
function corrupt(facts: Record<string, { value?: unknown }>, key: string, path: number[], replacement: unknown): void {
  let node: unknown = facts[key];
  let parentKey: string | number = 'value';
  let parent = node as Record<string | number, unknown>;
  for (const step of path) {
    node = parent[parentKey];
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string | number, unknown>;
    parentKey = keys[step % keys.length] ?? parentKey;
  }
  parent[parentKey] = replacement;
}

describe('properties over hostile input: accepted, or exit 2 with a located message; never a stack trace', () => {
  it('snapshots with any value anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...valueKeys), fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue(), async (key, path, replacement) => {
        const facts = structuredClone(sample.facts);
        corrupt(facts, key, path, replacement);
        const file = join(dir, 'fuzzed.json');
        writeFileSync(file, JSON.stringify({ ...sample, facts }));
        const run = await runCli(['audit', '--snapshot', file, '--format', 'json']);
        expect(run.stderr).not.toMatch(STACK);
        expect([0, 1, 2, 3]).toContain(run.code);
        if (run.code === 2) expect(run.stderr).toMatch(/fuzzed\.json(:\d+)?: /);
        else expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('config files of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('failOn', 'regions', 'checks', 'settings', 'attestations', 'suppressions', 'lang', 'concurrency', 'timeout', 'x'), fc.jsonValue()), async (config) => {
        const home = mkdtempSync(join(dir, 'cfg-'));
        writeFileSync(join(home, 'aws-baseline.config.json'), JSON.stringify(config));
        const run = await runCli(['audit', '--snapshot', join(process.cwd(), 'fixtures/accounts/insecure.json'), '--format', 'json'], {}, home);
        expect(run.stderr).not.toMatch(STACK);
        expect([0, 1, 2, 3]).toContain(run.code);
        if (run.code === 2) expect(run.stderr).toMatch(/aws-baseline\.config\.json/);
      }),
      { numRuns: 60 },
    );
  });

  it('credential report CSVs: rows with real dates or absent ones, or a CollectError; nothing else', () => {
    const header = ['user', 'arn', 'password_enabled', 'password_last_used', 'mfa_active', 'access_key_1_active', 'access_key_1_last_used_date', 'access_key_2_active', 'access_key_2_last_used_date'];
    const cell = fc.oneof(fc.constantFrom('true', 'false', 'N/A', 'not_supported', 'no_information', '', '2026-11-19T08:00:00+00:00', 'not-a-date', '"quoted, cell"'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { maxLength: 20 }), fc.boolean(), fc.boolean(), fc.nat(header.length), (rows, bom, crlf, dropped) => {
        const columns = header.filter((_, index) => index !== dropped);
        const eol = crlf ? '\r\n' : '\n';
        const csv = `${bom ? '\uFEFF' : ''}${[columns.join(','), ...rows.map((row) => row.slice(0, columns.length).join(','))].join(eol)}`;
        try {
          for (const parsed of parseCredentialReport(csv)) {
            for (const date of [parsed.passwordLastUsed, parsed.accessKey1LastUsed, parsed.accessKey2LastUsed]) if (date !== undefined) expect(Number.isNaN(Date.parse(date))).toBe(false);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CollectError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a report of 50,000 users parses', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => `user${index},arn:aws:iam::123456789012:user/user${index},true,2026-11-19T08:00:00+00:00,false,true,N/A,false,N/A`);
    const csv = ['user,arn,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_used_date,access_key_2_active,access_key_2_last_used_date', ...rows].join('\n');
    expect(parseCredentialReport(csv)).toHaveLength(50_000);
  });

  it('suppression globs of any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 20 }), fc.string({ maxLength: 30 }), async (check, resource) => {
        const home = mkdtempSync(join(dir, 'sup-'));
        writeFileSync(join(home, 'aws-baseline.config.json'), JSON.stringify({ suppressions: [{ check, resource, reason: 'r' }] }));
        const run = await runCli(['audit', '--snapshot', join(process.cwd(), 'fixtures/accounts/insecure.json'), '--format', 'json'], {}, home);
        expect(run.stderr).not.toMatch(STACK);
        expect([0, 1, 2, 3]).toContain(run.code);
      }),
      { numRuns: 40 },
    );
  });
});
