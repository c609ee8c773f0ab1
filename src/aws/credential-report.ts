import { parse } from 'csv-parse/sync';
import { z } from '../core/zod.js';
import { CollectError } from '../facts/errors.js';

/** One user's row; absent values (`N/A`, `not_supported`, `no_information`) are undefined. */
export interface CredentialReportRow {
  user: string;
  arn: string;
  createdAt?: string | undefined;
  passwordEnabled?: boolean | undefined;
  passwordLastUsed?: string | undefined;
  passwordLastChanged?: string | undefined;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated?: string | undefined;
  accessKey1LastUsed?: string | undefined;
  accessKey2Active: boolean;
  accessKey2LastRotated?: string | undefined;
  accessKey2LastUsed?: string | undefined;
}

/** Values the credential report uses for "nothing here": never dates, never booleans. */
const ABSENT = new Set(['N/A', 'not_supported', 'no_information', '']);

// The columns without which no IAM check can judge. The dates of creation, last change and rotation
// (AWS sends them too) are read where present; the checks that need one ERROR where it is missing.
const REQUIRED_COLUMNS = ['user', 'arn', 'password_enabled', 'password_last_used', 'mfa_active', 'access_key_1_active', 'access_key_1_last_used_date', 'access_key_2_active', 'access_key_2_last_used_date'] as const;

const rowSchema = z.record(z.string(), z.string());

function text(value: string | undefined): string | undefined {
  return value === undefined || ABSENT.has(value) ? undefined : value;
}

function date(value: string | undefined): string | undefined {
  const present = text(value);
  if (present === undefined) return undefined;
  const parsed = Date.parse(present);
  // A date AWS did not write is no date: never "never used".
  if (Number.isNaN(parsed)) throw malformed(`the credential report has "${present}" where a date belongs`, `認証情報レポートの日付の欄に "${present}" があります`);
  return new Date(parsed).toISOString();
}

function flag(value: string | undefined): boolean | undefined {
  const present = text(value);
  return present === undefined ? undefined : present.toLowerCase() === 'true';
}

function malformed(message: string, ja: string): CollectError {
  return new CollectError({ service: 'iam', operation: 'GetCredentialReport', code: 'MalformedReport', kind: 'malformed', message, ja });
}

/** Parses the CSV credential report with a real CSV parser; dates normalized to UTC ISO strings. */
export function parseCredentialReport(csv: string): CredentialReportRow[] {
  let records: unknown;
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw malformed(`the credential report is not valid CSV: ${(error as Error).message}`, `認証情報レポートは正しい CSV ではありません: ${(error as Error).message}`);
  }
  const rows = z.array(rowSchema).safeParse(records);
  if (!rows.success) throw malformed('the credential report has an unexpected shape', '認証情報レポートの形が想定と異なります');
  const first = rows.data[0];
  // AWS's report always has its header and the root row: an empty one is no report, never "no users".
  if (!first) throw malformed('the credential report is empty', '認証情報レポートが空です');
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in first));
  if (missing.length) throw malformed(`the credential report lacks the columns ${missing.join(', ')}`, `認証情報レポートに列 ${missing.join('、')} がありません`);
  return rows.data.map((row) => ({
    user: row.user ?? '',
    arn: row.arn ?? '',
    createdAt: date(row.user_creation_time),
    passwordEnabled: flag(row.password_enabled),
    passwordLastUsed: date(row.password_last_used),
    passwordLastChanged: date(row.password_last_changed),
    mfaActive: flag(row.mfa_active) === true,
    accessKey1Active: flag(row.access_key_1_active) === true,
    accessKey1LastRotated: date(row.access_key_1_last_rotated),
    accessKey1LastUsed: date(row.access_key_1_last_used_date),
    accessKey2Active: flag(row.access_key_2_active) === true,
    accessKey2LastRotated: date(row.access_key_2_last_rotated),
    accessKey2LastUsed: date(row.access_key_2_last_used_date),
  }));
}
