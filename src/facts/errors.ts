/** Why a fact could not be collected. Checks never see raw SDK errors, only these. */
export const ERROR_KINDS = [
  'access-denied',
  /** Refused by the organization's service (or resource) control policy: its choice, not a grant the audit lacks. */
  'organization-denied',
  /** The request's signature was refused: a clock out of step with AWS's, or a wrong secret key. */
  'signature-refused',
  'credentials-expired',
  'not-enabled',
  'not-found',
  'region-disabled',
  'throttled',
  'timeout',
  'network',
  'missing',
  /** An answer that is not AWS's: HTML, a cut body, a member AWS always sends left out, a page token served twice. */
  'malformed',
  'unknown',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface CollectErrorData {
  service: string;
  operation: string;
  code: string;
  kind: ErrorKind;
  message: string;
  /** The message in Japanese, where it is the tool's own (what AWS said stays as AWS said it). */
  ja?: string;
}

export class CollectError extends Error implements CollectErrorData {
  readonly service: string;
  readonly operation: string;
  readonly code: string;
  readonly kind: ErrorKind;
  readonly ja?: string;

  constructor(data: CollectErrorData) {
    // A failed read is a value the engine turns into an ERROR, never a stack trace anyone reads: none is
    // captured (a snapshot of many accounts makes tens of thousands of them, from fact data missing).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(data.message);
    Error.stackTraceLimit = stackTraceLimit;
    if (data.ja !== undefined) this.ja = data.ja;
    this.name = 'CollectError';
    this.service = data.service;
    this.operation = data.operation;
    this.code = data.code;
    this.kind = data.kind;
  }

  toJSON(): CollectErrorData {
    return { service: this.service, operation: this.operation, code: this.code, kind: this.kind, message: this.message, ...(this.ja === undefined ? {} : { ja: this.ja }) };
  }
}

export function isCollectError(value: unknown, ...kinds: ErrorKind[]): value is CollectError {
  return value instanceof CollectError && (kinds.length === 0 || kinds.includes(value.kind));
}
