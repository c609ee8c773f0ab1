import type { z as Zod } from 'zod';
import { z } from '../core/zod.js';
import { ERROR_KINDS } from '../facts/errors.js';
import { CONTROL_STATUSES, LANGS, SEVERITIES, STATUSES } from '../core/model.js';
import { REPORT_SCHEMA_VERSION } from './version.js';
import { refusal } from '../core/i18n.js';

/** The JSON report's contract. schema/report.schema.json is generated from this (npm run schema). */
const localized = z.strictObject({ en: z.string(), ja: z.string() });
const suppressionEntry = z.strictObject({
  check: z.string(),
  resource: z.string().optional(),
  region: z.string().optional(),
  reason: z.string(),
  expires: z.string().optional(),
});

/** A finding by the identity SARIF's fingerprints use: what a baseline file records (engine/baseline.ts). */
export const baselineEntrySchema = z.strictObject({
  account: z.string().regex(/^\d{12}$/, refusal('expected a 12-digit account id', '12 桁のアカウント ID であるはずです')),
  check: z.string().min(1),
  region: z.string().min(1).describe('an AWS region, or "global" for account-wide checks'),
  resource: z.string().min(1),
  since: z.iso.date().describe("the day the finding was first recorded (the audit's judging day)"),
});

export const resultSchema = z.strictObject({
  checkId: z.string(),
  severity: z.enum(SEVERITIES),
  status: z.enum(STATUSES),
  region: z.string().describe('an AWS region, or "global" for account-wide checks'),
  resource: z.string().describe('an ARN, or the pseudo-resources "account" / "region"'),
  message: z.string().describe('in the report language'),
  messages: localized,
  messageKey: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  attestation: z.strictObject({ by: z.string(), date: z.string(), expires: z.string().optional(), note: z.string().optional() }).optional(),
  suppressed: z.strictObject({ reason: z.string(), expires: z.string().optional() }).optional(),
  baseline: z
    .union([z.strictObject({ state: z.literal('new') }), z.strictObject({ state: z.literal('known'), since: z.iso.date() })])
    .optional()
    .describe('--baseline: an unsuppressed FAIL the baseline holds (known, since the day it was recorded; it does not fail the gate) or does not (new)'),
  title: z.string(),
  remediation: z.string(),
  docs: z.string(),
});

/** What reporters need of each check, so that none of them reads the registry: the report is self-contained. */
export const catalogEntrySchema = z.strictObject({
  id: z.string(),
  severity: z.enum(SEVERITIES),
  scope: z.enum(['account', 'region']),
  service: z.string(),
  section: z.strictObject({ key: z.string(), title: z.string() }).describe('the group the text report shows it in, in the seed article\'s order'),
  precision: z.enum(['high', 'medium']).describe('how sure a FAIL is (SARIF precision)'),
  title: z.string(),
  passes: z.string(),
  rationale: z.string(),
  remediation: z.string(),
  console: z.array(z.string()),
  cli: z.array(z.string()),
  references: z.strictObject({ ssb: z.array(z.string()).optional(), cis: z.array(z.string()), fsbp: z.array(z.string()), seed: z.string().optional(), docs: z.string(), readable: z.array(z.string()) }),
});

const counts = (keys: readonly string[]) => z.strictObject(Object.fromEntries(keys.map((key) => [key, z.number().int().nonnegative()])));

const ouPlaceSchema = z.strictObject({
  id: z.string().describe('the organizational unit that holds the account (or the root)'),
  path: z.array(z.strictObject({ id: z.string(), name: z.string() })).describe('from the root down to that unit'),
});

export const accountSchema = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  ou: ouPlaceSchema.optional().describe('--org: where the account sits in the organization'),
  partition: z.string(),
  regions: z.array(z.string()),
  results: z.array(resultSchema),
  checks: z.array(z.strictObject({ id: z.string(), durationMs: z.number().nonnegative() })),
  suppressions: z.strictObject({ expired: z.array(suppressionEntry), unused: z.array(suppressionEntry) }),
});

export const frameworkSchema = z.strictObject({
  id: z.string().describe('ssb, cis, fsbp or seed'),
  title: z.string(),
  url: z.string(),
  controls: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      checks: z.array(z.string()).describe('the checks of the catalog that decide it (none: a manual attestation)'),
      status: z.enum(CONTROL_STATUSES).describe('PASS only when every deciding check passed everywhere and nothing of the control is left to a person'),
      reason: z.string().describe('why it has that status, in the report language'),
    }),
  ),
  summary: z.strictObject({ total: z.number().int().nonnegative(), byStatus: counts(CONTROL_STATUSES) }),
});

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.literal('aws-baseline'), version: z.string() }),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  lang: z.enum(LANGS),
  source: z.strictObject({
    kind: z.enum(['live', 'snapshot']),
    snapshot: z.string().optional(),
    judgedAt: z.iso.datetime().describe('the moment results were judged at (ages, expiries)'),
    clock: z.enum(['wall', 'snapshot', 'fixed']).describe("wall: the audit's own time; snapshot: the snapshot's collectedAt; fixed: AWS_BASELINE_NOW"),
  }),
  organization: z.strictObject({ id: z.string(), managementAccountId: z.string() }).optional().describe('the organization audited (--org, or a replay of its snapshot)'),
  shard: z.strictObject({ index: z.number().int().positive(), count: z.number().int().positive() }).optional().describe('--shard K/N: which part of the accounts this report holds'),
  notListed: z
    .strictObject({ after: z.number().int().nonnegative(), kind: z.enum(ERROR_KINDS), message: z.string() })
    .optional()
    .describe("--org: the organization's account list failed after `after` accounts; the accounts after them were neither listed nor audited"),
  incomplete: z.boolean().describe('true when any result is ERROR, or accounts were not listed: the audit could not read everything'),
  exitCode: z.number().int(),
  failOn: z.enum([...SEVERITIES, 'none']),
  accounts: z.array(accountSchema),
  catalog: z.array(catalogEntrySchema).describe('every selected check, in catalog order, in the report language'),
  summary: z.strictObject({
    total: z.number().int().nonnegative(),
    byStatus: counts(STATUSES),
    failuresBySeverity: counts(SEVERITIES).describe('unsuppressed FAIL results by severity, each region and resource counted (the human formats count failing checks per account)'),
    gating: z.number().int().nonnegative().describe('unsuppressed FAILs at or above failOn'),
    suppressed: z.number().int().nonnegative(),
  }),
  paidCalls: z.strictObject({ count: z.number().int().nonnegative(), costUsd: z.number().nonnegative(), skipped: z.boolean() }),
  errorKinds: z.array(z.enum(ERROR_KINDS)).describe('the distinct kinds of collection errors'),
  baseline: z
    .strictObject({
      file: z.string(),
      entries: z.number().int().nonnegative().describe('the findings the baseline holds'),
      new: z.number().int().nonnegative().describe('unsuppressed FAILs the baseline does not hold'),
      known: z.number().int().nonnegative().describe('unsuppressed FAILs the baseline holds'),
      fixed: z.array(baselineEntrySchema).describe('entries judged again here without a FAIL, nothing of them left unread'),
      unjudged: z.number().int().nonnegative().describe('entries of accounts, checks or regions this audit did not judge, or could not read'),
    })
    .optional()
    .describe('--baseline: the audit read against a file of known findings'),
  trend: z
    .strictObject({
      at: z.array(z.iso.datetime()).describe('when each report ended: the earlier reports read (--history), oldest first, then this one'),
      series: z.array(
        z.strictObject({
          account: z.string(),
          check: z.string(),
          fails: z.array(z.union([z.number().int().nonnegative(), z.literal(null)])).describe('unsuppressed FAILs of the check in the account at each moment of `at`; null: not judged then'),
        }),
      ),
    })
    .optional()
    .describe('--history: each check in each account over time (the checks that failed at some moment)'),
  frameworks: z.array(frameworkSchema).optional().describe('--framework: the report read against each framework asked for, control by control'),
});

export type JsonReport = Zod.infer<typeof reportSchema>;
export type JsonResult = Zod.infer<typeof resultSchema>;
export type CatalogEntry = Zod.infer<typeof catalogEntrySchema>;
export type BaselineEntry = Zod.infer<typeof baselineEntrySchema>;
export type FrameworkTable = Zod.infer<typeof frameworkSchema>;
