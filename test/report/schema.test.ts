import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/report/json-schema.js';
import { runCli } from '../run-cli.js';
import { committedSchemas } from './schemas.js';

const committed = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as Record<string, unknown>;

describe('the JSON report schema', () => {
  it('committed schemas are the ones generated from the zod schemas (run "npm run schema" after changing one)', () => {
    expect(committed).toEqual(reportJsonSchema());
    for (const [file, schema] of Object.entries(committedSchemas())) expect(JSON.parse(readFileSync(`schema/${file}`, 'utf8')), file).toEqual(schema);
  });

  it('every sample account\'s JSON report validates against the committed schema, by an independent validator', async () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(committed);
    for (const sample of ['new-account', 'insecure', 'hardened', 'org-member', 'denied']) {
      const run = await runCli(['audit', '--snapshot', `fixtures/accounts/${sample}.json`, '--format', 'json']);
      const report = JSON.parse(run.stdout) as unknown;
      expect(validate(report), `${sample}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(validate({ schemaVersion: 1 })).toBe(false);
  });
});

describe('the JSON report written in pieces', () => {
  it('is the same text as the report in one piece, on every sample (one account, several, an organization) and with no account', async () => {
    const { jsonPieces, renderJson } = await import('../../src/report/json.js');
    for (const sample of ['insecure', 'several', 'org-member']) {
      const report = JSON.parse((await runCli(['audit', '--snapshot', `fixtures/accounts/${sample}.json`, '--format', 'json'])).stdout) as Parameters<typeof renderJson>[0];
      const pieces = [...jsonPieces(report)];
      // The report around its accounts (two pieces), and each account's text then what follows it.
      expect(pieces.length, sample).toBe(2 * report.accounts.length + 2);
      expect(pieces.join(''), sample).toBe(renderJson(report));
      const empty = { ...report, accounts: [] };
      expect([...jsonPieces(empty)].join('')).toBe(renderJson(empty));
    }
  });
});
