import { createServer, type IncomingHttpHeaders, type IncomingMessage, request as httpRequest, type RequestOptions, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Protocol, type Route, routeFor, sdkRoutes } from './wire.js';

/**
 * A loopback stand-in for AWS in front of moto_server. Every call is recorded; rules answer it in the
 * service's own wire format (what moto does not serve, and faults: throttling, 5xx, resets, hangs,
 * HTML pages, truncated bodies), and whatever no rule takes is forwarded to moto unchanged.
 */
export type { Protocol } from './wire.js';

export interface AwsCall {
  service: string;
  operation: string;
  protocol: Protocol;
  body: string;
  /** The path asked for, and the query string's parameters (REST protocols carry inputs there: S3 the bucket in the path). */
  path: string;
  query: URLSearchParams;
  /** 1 for the first call of this operation, 2 for the next (a retry, or a second read) … */
  attempt: number;
  /** The account whose credentials signed the call, where known (the scenario's own, or one reached by AssumeRole). */
  account: string | undefined;
  /** The region the call was signed for. */
  region: string;
  /** When it arrived, and when its answer went out (undefined: none went out), by performance.now(). */
  receivedAt: number;
  answeredAt?: number;
}

export type Answer =
  | { kind: 'reply'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'forward' }
  | { kind: 'hang' }
  /** The answer it would have had, `ms` later, or once `until` settles (a test holds it until it has seen what it waits for). */
  | { kind: 'delay'; ms: number; until?: undefined }
  | { kind: 'delay'; until: Promise<unknown>; ms?: undefined }
  | { kind: 'reset' }
  | { kind: 'truncate'; status: number; headers: Record<string, string>; body: string }
  /** The whole answer, one byte every `msPerByte`: headers at once, the body never quite done. */
  | { kind: 'trickle'; status: number; headers: Record<string, string>; body: string; msPerByte: number }
  /**
   * Forward to moto, then let `edit` rewrite the body of a successful answer; `target` asks moto another
   * path (what it serves in place of what it does not), `contentType` says what the edited body is.
   */
  | { kind: 'rewrite'; edit: (body: string) => string; target?: string; contentType?: string }
  /**
   * An answer made from moto's answers to other operations of the same JSON service (what moto keeps
   * but does not serve in one call): `ask` sends moto one (its X-Amz-Target, its input), as this call's
   * client, and gives its answer, or undefined for an error.
   */
  | { kind: 'compose'; answer: (ask: (target: string, input: Record<string, unknown>) => Promise<Record<string, unknown> | undefined>) => Promise<Immediate> };

/** undefined: not mine, ask the next rule. */
export type Rule = (call: AwsCall) => Answer | undefined;
/** An answer given at once. */
export type Immediate = Exclude<Answer, { kind: 'delay' | 'compose' }>;

/** Every REST operation the product sends, as the SDK routes it (wire.ts). */
const ROUTES = sdkRoutes();

/**
 * The path and query asked for. A client sending through the stand-in as its HTTP proxy names the
 * whole URL (RFC 9112, absolute-form): the aws CLI does so for S3 Control, whose host carries the
 * account id (`123456789012.127.0.0.1`), a name that cannot be looked up.
 */
function targetOf(request: IncomingMessage): string {
  // Not `new URL`: a host such as 123456789012.127.0.0.1 is no valid URL host (WHATWG reads it as a bad IPv4 address).
  return (request.url ?? '/').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '') || '/';
}

function accessKeyOf(request: IncomingMessage): string {
  return /Credential=([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? '';
}

function regionOf(request: IncomingMessage): string {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? 'unknown';
}

function serviceOf(request: IncomingMessage): string {
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(String(request.headers.authorization ?? ''));
  return scope?.[1] ?? 'unknown';
}

/** The operation and its protocol: JSON protocols name it in a header, query ones in the body, REST ones by method and path. */
function operationOf(request: IncomingMessage, body: string, service: string, routes: readonly Route[]): { operation: string; protocol: Protocol } {
  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') return { operation: target.split('.').pop() ?? target, protocol: 'json' };
  const action = new URLSearchParams(body).get('Action');
  if (action) return { operation: action, protocol: service === 'ec2' ? 'ec2' : 'query' };
  const asked = targetOf(request);
  // S3 Control is signed for s3 too; it alone sends x-amz-account-id (S3 Control API Reference), and its paths are whole.
  const route = routeFor(routes, request.method, asked, service === 's3' && request.headers['x-amz-account-id'] === undefined);
  return route ? { operation: route.operation, protocol: route.protocol } : { operation: `${request.method} ${asked.split('?')[0] ?? '/'}`, protocol: 'rest-json' };
}

/** A successful answer in the service's protocol: JSON for JSON protocols, an XML result for query. */
export function ok(call: AwsCall, payload: Record<string, unknown> | string): Immediate {
  if (call.protocol === 'query') {
    const inner = typeof payload === 'string' ? payload : '';
    const body = `<${call.operation}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${call.operation}Result>${inner}</${call.operation}Result><ResponseMetadata><RequestId>standin-1</RequestId></ResponseMetadata></${call.operation}Response>`;
    return { kind: 'reply', status: 200, headers: { 'content-type': 'text/xml' }, body };
  }
  const contentType = call.protocol === 'json' ? 'application/x-amz-json-1.1' : 'application/json';
  return { kind: 'reply', status: 200, headers: { 'content-type': contentType, 'x-amzn-requestid': 'standin-1' }, body: JSON.stringify(payload) };
}

/** An AWS error in the service's protocol, as the SDK parses it. */
export function awsError(call: AwsCall, status: number, code: string, message = `${code} (stand-in)`): Immediate {
  switch (call.protocol) {
    // S3 Control (REST-XML) wraps its errors as the query protocols do (S3 Control API Reference, error responses).
    case 'query':
    case 'rest-xml':
      return {
        kind: 'reply',
        status,
        headers: { 'content-type': 'text/xml' },
        body: `<ErrorResponse><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>standin-1</RequestId></ErrorResponse>`,
      };
    case 'ec2':
      return { kind: 'reply', status, headers: { 'content-type': 'text/xml' }, body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>standin-1</RequestID></Response>` };
    default:
      return {
        kind: 'reply',
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': 'standin-1' },
        body: JSON.stringify({ __type: code, message }),
      };
  }
}

export const html = (status = 200): Immediate => ({
  kind: 'reply',
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html><head><title>Sign in to continue</title></head><body><form>Proxy login</form></body></html>',
});

/** Names a call as `service:Operation`. */
export const nameOf = (call: Pick<AwsCall, 'service' | 'operation'>) => `${call.service}:${call.operation}`;

export interface StandInOptions {
  motoEndpoint: string;
  /** The account the scenario lives in (for the credential report's root row). */
  accountId: string;
  /** What account:ListRegions answers (moto does not serve it); `null`: leave it to moto (HTML 404). */
  regions?: { name: string; status: string }[] | null;
}

export class AwsStandIn {
  readonly calls: AwsCall[] = [];
  /** Access key id → account, learnt from the scenario and from every AssumeRole answered through here. */
  readonly accounts = new Map<string, string>();
  private readonly rules: Rule[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly analyzers = new Map<string, { arn: string; name: string; type: string; status: string; createdAt: string }[]>();
  private server: Server | undefined;
  private routes: readonly Route[] = [];
  endpoint = '';

  constructor(private readonly options: StandInOptions) {}

  /** Rules added later win over earlier ones and over the built-in ones. */
  on(rule: Rule): this {
    this.rules.unshift(rule);
    return this;
  }

  /** Shorthand: one operation (`iam:ListOrganizationsFeatures`) answered by `answer`. */
  when(name: string, answer: (call: AwsCall) => Answer | undefined): this {
    return this.on((call) => (nameOf(call) === name ? answer(call) : undefined));
  }

  /** Forget the rules and calls of the last run (the built-in gap fillers stay). */
  reset(): this {
    this.rules.length = 0;
    this.calls.length = 0;
    return this;
  }

  operations(): string[] {
    return this.calls.map(nameOf);
  }

  async start(): Promise<this> {
    this.routes = await ROUTES;
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private builtIn(call: AwsCall): Exclude<Answer, { kind: 'delay' }> {
    const name = nameOf(call);
    if (name === 'account:ListRegions' && this.options.regions !== null) {
      const regions = this.options.regions ?? [
        { name: 'ap-northeast-1', status: 'ENABLED_BY_DEFAULT' },
        { name: 'eu-west-1', status: 'ENABLED_BY_DEFAULT' },
        { name: 'us-east-1', status: 'ENABLED_BY_DEFAULT' },
        { name: 'me-south-1', status: 'DISABLED' },
      ];
      return ok(call, { Regions: regions.map((region) => ({ RegionName: region.name, RegionOptStatus: region.status })) });
    }
    if (name === 'iam:ListOrganizationsFeatures') return awsError(call, 400, 'OrganizationNotFound', 'The request was rejected because no organization is associated with your account.');
    if (name === 'fms:GetAdminAccount') return awsError(call, 400, 'ResourceNotFoundException', 'No default admin could be found');
    if (name === 'budgets:DescribeSubscribersForNotification') return ok(call, { Subscribers: [{ SubscriptionType: 'EMAIL', Address: 'billing@example.com' }] });
    if (name === 'budgets:DescribeBudgetNotificationsForAccount') return this.budgetNotifications(call);
    if (name === 'config:DescribeDeliveryChannelStatus') return ok(call, { DeliveryChannelsStatus: [] });
    if (call.service === 'access-analyzer') return this.accessAnalyzer(call);
    // A new account has Basic support, where the AWS Support API answers SubscriptionRequiredException (AWS Support
    // API Reference, "About the AWS Support API"); moto answers as if every account had Business support.
    if (call.service === 'support') return awsError(call, 400, 'SubscriptionRequiredException', 'AWS Premium Support Subscription is required to use this service.');
    if (name === 'iam:GetCredentialReport') return { kind: 'rewrite', edit: (body) => withRootRow(body, this.options.accountId) };
    // moto does not serve GetBucketPolicyStatus (it lists the objects): the bucket's policy, judged as S3 does for the plain
    // cases (S3 User Guide, "The meaning of 'public'"); moto's NoSuchBucketPolicy passes through as it is.
    if (name === 's3:GetBucketPolicyStatus') {
      const bucket = call.path.split('/')[1] ?? ''; // path-style: the emulator's endpoint is an IP literal
      return { kind: 'rewrite', target: `/${bucket}?policy`, contentType: 'application/xml', edit: (policy) => `<?xml version="1.0" encoding="UTF-8"?><PolicyStatus xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsPublic>${isPublicPolicy(policy)}</IsPublic></PolicyStatus>` };
    }
    // moto's summary lacks AccountPasswordPresent; its accounts never have a root password.
    if (name === 'iam:GetAccountSummary') {
      return { kind: 'rewrite', edit: (body) => (body.includes('AccountPasswordPresent') ? body : body.replace('<SummaryMap>', '<SummaryMap><entry><key>AccountPasswordPresent</key><value>0</value></entry>')) };
    }
    return { kind: 'forward' };
  }

  /**
   * Budgets' notifications listed account-wide, which moto keeps but does not list
   * (DescribeBudgetNotificationsForAccount is not served): its budgets (DescribeBudgets), then each
   * one's notifications (DescribeNotificationsForBudget). Budgets API Reference,
   * DescribeBudgetNotificationsForAccount: {BudgetNotificationsForAccount: [{BudgetName, Notifications}]};
   * a budget without notifications is not in it (an account with none: an empty list).
   */
  private budgetNotifications(call: AwsCall): Extract<Answer, { kind: 'compose' }> {
    const { AccountId } = JSON.parse(call.body) as { AccountId: string };
    return {
      kind: 'compose',
      answer: async (ask) => {
        const budgets = ((await ask('AWSBudgetServiceGateway.DescribeBudgets', { AccountId }))?.Budgets ?? []) as { BudgetName: string }[];
        const listed = await Promise.all(
          budgets.map(async ({ BudgetName }) => ({ BudgetName, Notifications: ((await ask('AWSBudgetServiceGateway.DescribeNotificationsForBudget', { AccountId, BudgetName }))?.Notifications ?? []) as unknown[] })),
        );
        return ok(call, { BudgetNotificationsForAccount: listed.filter((budget) => budget.Notifications.length > 0) });
      },
    };
  }

  /**
   * IAM Access Analyzer, which moto does not serve (HTTP 500): the analyzers created through the
   * stand-in, per account and region, ACTIVE at once. Access Analyzer API Reference: ListAnalyzers
   * ({analyzers, nextToken}, filtered by `type`), CreateAnalyzer ({arn}; ConflictException for a
   * name taken in the region).
   */
  private accessAnalyzer(call: AwsCall): Immediate {
    const key = `${call.account ?? this.options.accountId}/${call.region}`;
    const analyzers = this.analyzers.get(key) ?? [];
    if (call.operation === 'ListAnalyzers') {
      const type = call.query.get('type');
      return ok(call, { analyzers: analyzers.filter((analyzer) => !type || analyzer.type === type) });
    }
    if (call.operation === 'CreateAnalyzer') {
      const { analyzerName: name, type } = JSON.parse(call.body) as { analyzerName: string; type: string };
      if (analyzers.some((analyzer) => analyzer.name === name)) return awsError(call, 409, 'ConflictException', `Analyzer ${name} already exists`);
      const arn = `arn:aws:access-analyzer:${call.region}:${call.account ?? this.options.accountId}:analyzer/${name}`;
      this.analyzers.set(key, [...analyzers, { arn, name, type, status: 'ACTIVE', createdAt: new Date().toISOString() }]);
      return ok(call, { arn });
    }
    return awsError(call, 400, 'ValidationException', `${call.operation} is not served by the stand-in`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = raw.toString('utf8');
    const service = serviceOf(request);
    const { operation, protocol } = operationOf(request, body, service, this.routes);
    const attempt = this.calls.filter((call) => call.service === service && call.operation === operation).length + 1;
    const [path = '/', search = ''] = targetOf(request).split('?');
    const query = new URLSearchParams(search);
    const call: AwsCall = { service, operation, protocol, body, path, query, attempt, account: this.accounts.get(accessKeyOf(request)), region: regionOf(request), receivedAt: performance.now() };
    this.calls.push(call);
    response.once('finish', () => (call.answeredAt = performance.now()));
    let ruled: Answer | undefined;
    for (const rule of this.rules) if ((ruled = rule(call))) break;
    ruled ??= this.builtIn(call);
    let settled: Exclude<Answer, { kind: 'delay' }>;
    if (ruled.kind === 'delay') {
      const { ms, until } = ruled;
      await (until ?? new Promise((resolve) => setTimeout(resolve, ms)));
      settled = this.builtIn(call); // what it would have had: the other rules' faults are not delayed ones
    } else {
      settled = ruled;
    }
    const answer: Immediate = settled.kind === 'compose' ? await settled.answer((target, input) => this.ask(request, target, input)) : settled;
    switch (answer.kind) {
      case 'reply':
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
        return;
      case 'truncate':
        response.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body) * 2) });
        response.write(answer.body);
        response.socket?.destroy();
        return;
      case 'trickle': {
        response.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
        const bytes = Buffer.from(answer.body);
        for (let index = 0; index < bytes.length && !response.destroyed; index++) {
          response.write(bytes.subarray(index, index + 1));
          await new Promise((resolve) => setTimeout(resolve, answer.msPerByte));
        }
        response.end();
        return;
      }
      case 'hang':
        return; // the socket stays open until the client gives up or the stand-in stops
      case 'reset':
        request.socket.destroy();
        return;
      case 'forward':
      case 'rewrite':
        await this.forward(request, raw, response, answer.kind === 'rewrite' ? answer : undefined);
    }
  }

  private learnAssumedRole(requestBody: string, responseBody: string): void {
    const account = /arn(?:%3A|:)aws(?:%3A|:)iam(?:%3A|:)(?:%3A|:)(\d{12})(?:%3A|:)role/.exec(requestBody)?.[1];
    const key = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(responseBody)?.[1];
    if (account && key && requestBody.includes('Action=AssumeRole')) this.accounts.set(key, account);
  }

  /** One request to moto, its whole answer (or why moto could not be reached). */
  private toMoto(target: URL, options: RequestOptions, body: Buffer | string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer } | Error> {
    return new Promise((resolve) => {
      const upstream = httpRequest(target, options, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(parts) }));
      });
      upstream.on('error', resolve);
      upstream.end(body);
    });
  }

  /** One JSON-protocol operation sent to moto as `request`'s client sent its own (its signature names the account). */
  private async ask(request: IncomingMessage, target: string, input: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const body = JSON.stringify(input);
    const headers = { ...request.headers, 'x-amz-target': target, 'content-length': String(Buffer.byteLength(body)) };
    const answer = await this.toMoto(new URL('/', this.options.motoEndpoint), { method: 'POST', headers }, body);
    return answer instanceof Error || answer.status >= 300 ? undefined : (JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>);
  }

  private async forward(request: IncomingMessage, raw: Buffer, response: ServerResponse, rewrite?: Extract<Answer, { kind: 'rewrite' }>): Promise<void> {
    const answer = await this.toMoto(new URL(rewrite?.target ?? targetOf(request), this.options.motoEndpoint), { method: request.method, headers: request.headers }, raw);
    if (answer instanceof Error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`stand-in: moto unreachable: ${answer.message}`);
      return;
    }
    const edited = rewrite !== undefined && answer.status < 300;
    const text = edited ? Buffer.from(rewrite.edit(answer.body.toString('utf8'))) : answer.body;
    this.learnAssumedRole(raw.toString('utf8'), text.toString('utf8'));
    const headers = { ...answer.headers, ...(edited && rewrite.contentType ? { 'content-type': rewrite.contentType } : {}), 'content-length': String(text.length) };
    delete headers['transfer-encoding'];
    response.writeHead(answer.status, headers);
    response.end(text);
  }
}

/**
 * Whether a bucket policy is public in the plain cases: an Allow to every principal ("*", {"AWS": "*"})
 * with no condition. S3 also calls public a condition that admits anyone (a wide aws:SourceIp …): the
 * tests set no such policy.
 */
function isPublicPolicy(policy: string): boolean {
  const statements = (JSON.parse(policy) as { Statement?: unknown }).Statement;
  return (Array.isArray(statements) ? statements : [statements]).some((statement) => {
    const { Effect, Principal, Condition } = (statement ?? {}) as { Effect?: string; Principal?: unknown; Condition?: unknown };
    const principals = typeof Principal === 'string' ? [Principal] : [(Principal as { AWS?: unknown } | undefined)?.AWS].flat();
    return Effect === 'Allow' && principals.includes('*') && Condition === undefined;
  });
}

/** moto's credential report has no `<root_account>` row; AWS's always has one, first. */
function withRootRow(xml: string, accountId: string): string {
  return xml.replace(/<Content>([^<]*)<\/Content>/, (_whole, encoded: string) => {
    const csv = Buffer.from(encoded, 'base64').toString('utf8');
    const [header = '', ...rows] = csv.split('\n');
    const root = header.split(',').map((column) => {
      if (column === 'user') return '<root_account>';
      if (column === 'arn') return `arn:aws:iam::${accountId}:root`;
      if (column === 'user_creation_time') return '2026-01-05T09:00:00+00:00';
      if (column.endsWith('_active') || column === 'mfa_active') return 'false';
      if (column === 'password_enabled' || column === 'password_next_rotation') return 'not_supported';
      if (column === 'password_last_used') return 'no_information';
      return 'N/A';
    });
    return `<Content>${Buffer.from([header, root.join(','), ...rows].join('\n')).toString('base64')}</Content>`;
  });
}
