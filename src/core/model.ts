import type { ErrorKind } from '../facts/errors.js';

/** Shared vocabulary of the product: statuses, severities, results. */
export const STATUSES = ['PASS', 'FAIL', 'ERROR', 'SKIPPED', 'MANUAL'] as const;
export type Status = (typeof STATUSES)[number];

/** A framework control's statuses, in the order its tables count them. */
export const CONTROL_STATUSES = ['PASS', 'FAIL', 'ERROR', 'MANUAL', 'SKIPPED'] as const;

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageParams = Record<string, string | number>;

/** A localized sentence: a key in a check's (or the engine's) message table plus its parameters. */
export interface LocalizedText {
  en: string;
  ja: string;
}

export interface Attribution {
  by: string;
  date: string;
  expires?: string;
  note?: string;
}

/** Where an account sits in its organization: the unit that holds it (or the root), and the path from the root down to it. */
export interface OuPlace {
  id: string;
  path: { id: string; name: string }[];
}

export interface SuppressionMark {
  reason: string;
  expires?: string;
}

/** One verdict on one resource, after the engine has stamped it with check and region. */
export interface Result {
  checkId: string;
  severity: Severity;
  status: Status;
  region: string; // an AWS region, or 'global' for account-scoped checks
  resource: string; // an ARN, or the pseudo-resources 'account' / 'region'
  message: LocalizedText;
  messageKey: string;
  details?: Record<string, string | number | boolean>;
  /** What to do about this result, where it differs from the check's general fix (an ERROR's cause, say). */
  remediation?: LocalizedText;
  attestation?: Attribution;
  suppressed?: SuppressionMark;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** Report formats (`--format FMT[=PATH]`). */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv', 'csv-excel'] as const;
export type Format = (typeof FORMATS)[number];

/** An account of the organization's list. */
export interface ListedAccount {
  id: string;
  name?: string;
}

/** Where the organization's account list broke off: the accounts after `after` were never read. */
export interface NotListed {
  after: number;
  kind: ErrorKind;
  message: string;
}

/** The organization's accounts and tree, read once for the whole audit (by a spread audit's parent for all its processes). */
export interface OrganizationListing {
  /** Page by page as listed (with --ous, those under the units only). Fails if not even the first page could be read. */
  pages: AsyncIterable<ListedAccount[]>;
  /** Each account's place in the tree; undefined where it could not be read. */
  tree: Promise<ReadonlyMap<string, OuPlace> | undefined>;
  /** Once the pages are done: where the list broke off, if it did. */
  notListed: () => NotListed | undefined;
}
