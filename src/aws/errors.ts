/** Why a fact could not be collected. Checks never see raw SDK errors, only these. */
export const ERROR_KINDS = [
  'access-denied',
  'not-enabled',
  'not-found',
  'region-disabled',
  'throttled',
  'timeout',
  'network',
  'missing',
  'unknown',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface CollectErrorData {
  service: string;
  operation: string;
  code: string;
  kind: ErrorKind;
  message: string;
}

export class CollectError extends Error implements CollectErrorData {
  readonly service: string;
  readonly operation: string;
  readonly code: string;
  readonly kind: ErrorKind;

  constructor(data: CollectErrorData) {
    super(data.message);
    this.name = 'CollectError';
    this.service = data.service;
    this.operation = data.operation;
    this.code = data.code;
    this.kind = data.kind;
  }

  toJSON(): CollectErrorData {
    return { service: this.service, operation: this.operation, code: this.code, kind: this.kind, message: this.message };
  }
}

export function isCollectError(value: unknown, ...kinds: ErrorKind[]): value is CollectError {
  return value instanceof CollectError && (kinds.length === 0 || kinds.includes(value.kind));
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  'AuthFailure',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'OptInRequired',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);
const NOT_ENABLED = new Set([
  'AWSOrganizationsNotInUseException',
  'DataUnavailableException',
  'NoSuchEntity',
  'ReportNotPresent',
]);
const NOT_FOUND = new Set(['ResourceNotFoundException', 'TrailNotFoundException', 'CloudTrailARNInvalidException', 'NoSuchEntityException']);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ETIMEDOUT']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  Code?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** Turns anything the SDK or the network threw into a CollectError, keeping only safe text. */
export function classifyError(error: unknown, service: string, operation: string): CollectError {
  if (error instanceof CollectError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = String(e.Code ?? e.code ?? e.name ?? 'Error');
  const name = String(e.name ?? code);
  const message = redact(String(e.message ?? error));
  const status = e.$metadata?.httpStatusCode;
  let kind: ErrorKind = 'unknown';
  if (/not (?:enabled|subscribed) for cost explorer|User not enabled for cost explorer/i.test(message)) kind = 'not-enabled';
  else if (ACCESS_DENIED.has(code) || ACCESS_DENIED.has(name)) kind = code === 'OptInRequired' ? 'region-disabled' : 'access-denied';
  else if (THROTTLED.has(code) || THROTTLED.has(name)) kind = 'throttled';
  else if (NOT_ENABLED.has(code) || NOT_ENABLED.has(name)) kind = 'not-enabled';
  else if (NOT_FOUND.has(code) || NOT_FOUND.has(name)) kind = 'not-found';
  else if (TIMEOUT.has(code) || TIMEOUT.has(name) || /timed? ?out/i.test(message)) kind = 'timeout';
  else if (NETWORK.has(code) || /ECONNREFUSED|ENOTFOUND|ECONNRESET|getaddrinfo/.test(message)) kind = 'network';
  else if (/security token included in the request is invalid|not subscribed|region.*(?:disabled|not enabled)/i.test(message))
    kind = /region/i.test(message) ? 'region-disabled' : 'access-denied';
  else if (status === 403) kind = 'access-denied';
  else if (status === 429) kind = 'throttled';
  return new CollectError({ service, operation, code, kind, message });
}

const SECRET_PATTERNS: RegExp[] = [
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /(?:Credential|Signature|X-Amz-Security-Token|SessionToken|aws_secret_access_key)=?[^\s,&"]*/gi,
];

/** Error text from AWS can echo an access key id or a signature; never let it out. */
export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((acc, pattern) => acc.replace(pattern, '[redacted]'), text);
}
