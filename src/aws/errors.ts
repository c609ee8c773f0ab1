import { CollectError, type ErrorKind } from '../facts/errors.js';


const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  // SNS's refusal as SDK v3 names it (its wire code is AuthorizationError).
  'AuthorizationErrorException',
  'AuthFailure',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'OptInRequired',
]);
/** A refused signature says nothing of the account's policies: often a clock out of step (AWS allows 5 minutes). */
const SIGNATURE = new Set(['SignatureDoesNotMatch', 'InvalidSignatureException', 'RequestTimeTooSkewed', 'IncompleteSignature', 'IncompleteSignatureException']);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
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
  'OrganizationNotFound',
  'OrganizationNotFoundException',
  'NoSuchEntity',
  'ReportNotPresent',
  // The AWS Support API on Basic or Developer support.
  'SubscriptionRequiredException',
]);
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchPublicAccessBlockConfiguration', 'NoSuchBucketPolicy', 'NoSuchBucket', 'TrailNotFoundException', 'CloudTrailARNInvalidException', 'NoSuchEntityException']);
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
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  const code = text(e.Code) ?? text(e.code) ?? text(e.name) ?? 'Error';
  const name = text(e.name) ?? code;
  // The SDK's advice to inspect a hidden field is for its own developers, not for a person reading a report.
  const raw = text(e.message) ?? (error instanceof Error ? error.message : text(error) ?? 'unknown error');
  const message = redact(raw.replace(/\s*Deserialization error: to see the raw response, inspect the hidden field \{error\}\.\$response on this object\.?/, ' the answer could not be read as the service\'s protocol'));
  const status = e.$metadata?.httpStatusCode;
  let kind: ErrorKind = 'unknown';
  // Credentials that ran out mid-audit are no refusal by policy: nothing about the account is learnt from them.
  if (EXPIRED.has(code) || EXPIRED.has(name)) kind = 'credentials-expired';
  else if (SIGNATURE.has(code) || SIGNATURE.has(name)) kind = 'signature-refused';
  else if (/not (?:enabled|subscribed) for cost explorer|User not enabled for cost explorer/i.test(message)) kind = 'not-enabled';
  // Security Hub answers a region where it is off with InvalidAccessException "Account … is not subscribed to AWS Security Hub".
  else if (code === 'InvalidAccessException' && /not subscribed to AWS Security Hub/i.test(message)) kind = 'not-enabled';
  else if (ACCESS_DENIED.has(code) || ACCESS_DENIED.has(name)) kind = code === 'OptInRequired' ? 'region-disabled' : 'access-denied';
  else if (THROTTLED.has(code) || THROTTLED.has(name)) kind = 'throttled';
  else if (NOT_ENABLED.has(code) || NOT_ENABLED.has(name)) kind = 'not-enabled';
  else if (NOT_FOUND.has(code) || NOT_FOUND.has(name)) kind = 'not-found';
  else if (/Deserialization error|could not be read as the service's protocol/i.test(raw)) kind = 'malformed';
  else if (TIMEOUT.has(code) || TIMEOUT.has(name) || /timed? ?out/i.test(message)) kind = 'timeout';
  else if (NETWORK.has(code) || /ECONNREFUSED|ENOTFOUND|ECONNRESET|getaddrinfo/.test(message)) kind = 'network';
  else if (/security token included in the request is invalid|not subscribed|region.*(?:disabled|not enabled)/i.test(message))
    kind = /region/i.test(message) ? 'region-disabled' : 'access-denied';
  else if (status === 403) kind = 'access-denied';
  else if (status === 429) kind = 'throttled';
  // "… with an explicit deny in a service control policy", "… because no service control policy allows …"
  // (IAM User Guide, "Troubleshoot access denied error messages"): the organization's guardrail, not a missing grant.
  if (kind === 'access-denied' && /\b(?:service|resource) control polic(?:y|ies)\b/i.test(message)) kind = 'organization-denied';
  return new CollectError({ service, operation, code, kind, message });
}

/** Credential values this process holds (environment, resolved and assumed credentials): removed wherever they appear. */
const knownSecrets = new Set<string>();

/** Remembers credential values so that no output can echo them; short values would hit ordinary text. */
export function registerSecrets(...values: (string | undefined)[]): void {
  for (const value of values) if (value && value.length >= 12) knownSecrets.add(value);
}

/** Shapes of secret values: key ids, signed query parameters and headers, secret keys, session tokens. */
const SECRET_SHAPES: [RegExp, string][] = [
  [/\b(?:AKIA|ASIA|AIDA|AROA|ABIA|ACCA)[A-Z0-9]{16}\b/g, '[redacted]'],
  [/\b(Credential=)[^\s,&"']+/g, '$1[redacted]'],
  [/\b(Signature=)[^\s,&"']+/g, '$1[redacted]'],
  [/\b((?:X-Amz-Security-Token|aws_session_token|aws_secret_access_key|SessionToken|SecretAccessKey|SecretKey)["']?\s*[:=]\s*["']?)[^\s,&"'<]+/gi, '$1[redacted]'],
  // A secret access key: 40 characters of base64 with both cases (hex digests and request ids do not qualify).
  [/(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g, '[redacted]'],
  // A session token: a long unbroken run of base64.
  [/[A-Za-z0-9/+]{100,}={0,2}/g, '[redacted]'],
];

/** Error text from AWS can echo a key id, a token or a signature: remove the values, never ordinary words. */
export function redact(text: string): string {
  let clean = text;
  for (const secret of knownSecrets) clean = clean.split(secret).join('[redacted]');
  return SECRET_SHAPES.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), clean);
}
