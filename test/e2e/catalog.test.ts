// The catalog commands of the installed package read the catalog as data evaluated at build time
// (scripts/build.mjs, src/checks/description.ts): what they print is what the sources print, check by check.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { runCli } from '../run-cli.js';
import { runInstalled } from './support/scenario.js';

const COMMANDS: string[][] = [
  ['checks'],
  ['checks', '--format', 'json', '--lang', 'ja'],
  ['checks', '--framework', 'cis'],
  ['policy'],
  ['policy', '--org', '--role-name', 'audit/AwsBaselineAudit'],
  ['policy', '--checks', 'iam.*', '--skip-checks', 'iam.root-mfa'],
  ['explain', 'nope'],
  ...CHECKS.flatMap((check) => [['explain', check.id, '--lang', 'en'], ['explain', check.id, '--lang', 'ja']]),
];

describe('the catalog commands of the installed package', () => {
  it('print what the sources print, for every check in both languages', async () => {
    for (let start = 0; start < COMMANDS.length; start += 8) {
      const batch = COMMANDS.slice(start, start + 8);
      const runs = await Promise.all(batch.map(async (args) => ({ args, installed: await runInstalled(args, {}), source: await runCli(args) })));
      for (const { args, installed, source } of runs) {
        expect(installed.code, args.join(' ')).toBe(source.code);
        expect(installed.stdout, args.join(' ')).toBe(source.stdout);
        expect(installed.stderr, args.join(' ')).toBe(source.stderr);
      }
    }
    expect(COMMANDS.length).toBeGreaterThan(2 * 20);
  }, 120_000);
});
