import { loadOnce } from '../core/lazy.js';
import { Agent as HttpAgent } from 'node:http';
import { Agent } from 'node:https';
import { createSecureContext } from 'node:tls';
import pLimit, { type LimitFunction } from 'p-limit';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider, HttpHandlerOptions, MetadataBearer, Pluggable } from '@smithy/types';
import { CollectError, isCollectError } from '../facts/errors.js';
import { requireMembers } from './answer-shape.js';
import { operationOf, type SdkCommand } from './command.js';
import { classifyError, registerSecrets } from './errors.js';
import { ReadOnlyViolation, readOnlyGuard } from './guard.js';
import { awsAnswerGuard } from './answer-guard.js';

/** What every SDK client we build has in common. */
interface SdkClient {
  middlewareStack: { use(pluggable: never): void };
  send(command: unknown, options?: HttpHandlerOptions): Promise<unknown>;
  config: { region: unknown };
}


/** A smithy request handler (NodeHttpHandler, or a test's own). */
export type RequestHandlerLike = { handle(request: never, options?: HttpHandlerOptions): Promise<unknown> };

type ClientClass<C> = new (config: Record<string, unknown>) => C;

export interface SessionOptions {
  profile?: string;
  credentials?: AwsCredentialIdentityProvider;
  /** Tests pass a handler of their own; the guard then still runs in the real middleware stack. */
  requestHandler?: RequestHandlerLike;
  maxAttempts?: number;
  /** AWS calls in flight at once for this account (each retried call counts once). */
  callsInFlight?: number;
  /** How long one HTTP request may take before it is abandoned (and retried). */
  requestTimeoutMs?: number;
  /** Accounts audited at once over these sockets (--org / --accounts): the pool holds each one's calls in flight. */
  accountsAtOnce?: number;
  /** When the whole audit must end (epoch ms): calls still waiting or in flight then are abandoned, as timeouts. */
  deadline?: number;
  log?: (line: string) => void;
}

/** One HTTP request: a blocked endpoint costs seconds per attempt, not minutes. */
export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * How long one call may take in all, its body and the SDK's retries included: each attempt's request
 * time, and as much again for the backoffs between them. A body that trickles in is cut off there.
 */
export function responseDeadlineMs(options: Pick<SessionOptions, 'requestTimeoutMs' | 'maxAttempts'>): number {
  return 2 * (options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) * (options.maxAttempts ?? 4);
}

/** Opening a connection: an unreachable endpoint fails fast. */
export const CONNECT_TIMEOUT_MS = 3_000;
/**
 * Enough for every check of every region of one account to wait on its facts together (docs/performance.md): the
 * first wave is ten calls per region since the day-one checks (170 in 17 regions, 213 in all), and a
 * call of a longer chain (budgets, the credential report) queued behind it would lengthen the whole
 * audit: at 128 they went out in two waves, and the audit took twice its critical path.
 */
export const CALLS_IN_FLIGHT = 256;
/**
 * Per account when several are audited at once: their calls overlap one another's waits, and the
 * process's sockets stay under a file-descriptor limit of 1,024 (6 accounts × 128).
 */
export const CALLS_IN_FLIGHT_PER_ACCOUNT_OF_MANY = 128;

const callsInFlight = (options: Pick<SessionOptions, 'callsInFlight' | 'accountsAtOnce'>) => options.callsInFlight ?? ((options.accountsAtOnce ?? 1) > 1 ? CALLS_IN_FLIGHT_PER_ACCOUNT_OF_MANY : CALLS_IN_FLIGHT);

type Lookup<T> = () => Promise<T>;

/** What a built client's configuration holds of the lookups below (the SDK's own names). */
interface LookedUp {
  userAgentAppId?: Lookup<string | undefined>;
  authSchemePreference?: Lookup<string[]>;
  serviceId?: string;
  serviceConfiguredEndpoint?: Lookup<string | undefined>;
}

/**
 * Settings the SDK looks up for each client it builds, through the environment and the config files,
 * each one not found an error made and thrown (~0.15 ms a client; an account's audit builds ~100, an
 * organization's that many a member): looked up by the first client, and taken by every other of the
 * audit (the sessions of an organization's members included). The application id in the user agent
 * (AWS_SDK_UA_APP_ID, sdk_ua_app_id) and the preferred signing schemes (AWS_AUTH_SCHEME_PREFERENCE,
 * auth_scheme_preference; every client used here looks it up alike, without its service's name, as a
 * test checks) are settings a client takes. The endpoint configured for a service
 * (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, a profile's services section) is not: the SDK looks it
 * up when a client first sends, and the service's first lookup is put in place of each later client's.
 */
export class SettingLookups {
  readonly settings: Pick<LookedUp, 'userAgentAppId' | 'authSchemePreference'> = {};
  private readonly configuredEndpoints = new Map<string, Lookup<string | undefined>>();

  share(config: LookedUp): void {
    if (!this.settings.userAgentAppId && config.userAgentAppId) this.settings.userAgentAppId = loadOnce(config.userAgentAppId);
    if (!this.settings.authSchemePreference && config.authSchemePreference) this.settings.authSchemePreference = loadOnce(config.authSchemePreference);
    const { serviceId, serviceConfiguredEndpoint } = config;
    if (serviceId === undefined || !serviceConfiguredEndpoint) return;
    const first = this.configuredEndpoints.get(serviceId);
    if (first) config.serviceConfiguredEndpoint = first;
    else this.configuredEndpoints.set(serviceId, loadOnce(serviceConfiguredEndpoint));
  }
}

/**
 * One audit's AWS session: one credential provider and one request handler shared by every client
 * (one AssumeRole, pooled sockets), clients built lazily per service and region, each guarded.
 */
export class AwsSession {
  private readonly clients = new Map<string, SdkClient>();
  private readonly sent: string[] = [];
  private readonly answered: string[] = [];
  private readonly credentials: AwsCredentialIdentityProvider;
  private readonly requestHandler: RequestHandlerLike;
  private readonly inFlight: LimitFunction;

  /** `lookups` are shared by the sessions derived from this one (see SettingLookups). */
  constructor(
    private readonly options: SessionOptions = {},
    private readonly lookups = new SettingLookups(),
  ) {
    this.inFlight = pLimit(callsInFlight(options));
    const provider = options.credentials ?? fromNodeProviderChain(options.profile ? { profile: options.profile } : {});
    // Whatever credentials are resolved, their values are never printed (see redact).
    this.credentials = async (properties) => {
      const credentials = await provider(properties);
      registerSecrets(credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken);
      return credentials;
    };
    const sockets = callsInFlight(options) * (options.accountsAtOnce ?? 1);
    this.requestHandler =
      options.requestHandler ??
      new NodeHttpHandler({
        connectionTimeout: CONNECT_TIMEOUT_MS,
        requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
        throwOnRequestTimeout: true,
        // One pool for every account of the audit, sized so that no account waits for another's sockets;
        // one TLS context for all its connections (the same trust as each would make of its own: Node's
        // CA store, NODE_EXTRA_CA_CERTS included), which each new socket otherwise builds again.
        // As many kept open between bursts as a burst opens (Node keeps 256 a host): through one endpoint (AWS_ENDPOINT_URL)
        // the rest were closed after each burst, and their TLS handshakes made again for the next.
        httpsAgent: new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets, secureContext: createSecureContext() }),
        httpAgent: new HttpAgent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets }),
      });
  }

  /**
   * `service` is the IAM action prefix (iam, ce, config …), used in records and errors. `alsoAllowed`
   * names the few non-read operations one client may send (only sts:AssumeRole, for --org).
   */
  client<C extends SdkClient>(Client: ClientClass<C>, service: string, region: string, alsoAllowed: ReadonlySet<string> = new Set()): C {
    const key = `${service}@${region}${alsoAllowed.size ? `+${[...alsoAllowed].join(',')}` : ''}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new Client({
        region,
        credentials: this.credentials,
        requestHandler: this.requestHandler,
        maxAttempts: this.options.maxAttempts ?? 4,
        retryMode: 'adaptive',
        useFipsEndpoint: false,
        useDualstackEndpoint: false,
        defaultsMode: 'standard',
        ...this.lookups.settings,
      });
      // Every client's stack takes plugins of its own input and output types; ours fit all of them.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- it does narrow `never` (typescript-eslint misreads it)
      const stack = client.middlewareStack as { use(pluggable: Pluggable<object, object>): void };
      stack.use(
        readOnlyGuard(service, (operation) => {
          this.sent.push(`${service}:${operation}`);
          this.options.log?.(`aws-baseline: ${service}:${operation} (${region})\n`);
        }, alsoAllowed),
      );
      stack.use(awsAnswerGuard(service, this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS));
      this.clients.set(key, client);
      this.lookups.share(client.config as LookedUp);
    }
    return client as C;
  }

  /**
   * Sends one command; any failure comes back as a classified CollectError. `cut` abandons it once its
   * answer is no longer needed (a poll that another has answered). An answer that is not AWS's (HTML, a
   * cut body, a member AWS always sends left out) is asked for once more, as a transient fault of the
   * path between here and AWS would be.
   */
  async send<Output extends MetadataBearer>(client: SdkClient, service: string, command: SdkCommand, cut?: AbortSignal): Promise<Output> {
    try {
      return await this.sendOnce<Output>(client, service, command, cut);
    } catch (error) {
      if (!isCollectError(error, 'malformed') || cut?.aborted) throw error;
      return this.sendOnce<Output>(client, service, command, cut);
    }
  }

  private async sendOnce<Output extends MetadataBearer>(client: SdkClient, service: string, command: SdkCommand, cut?: AbortSignal): Promise<Output> {
    const operation = operationOf(command);
    const sentAt = performance.now();
    try {
      const output = await this.answerOf<Output>(client, service, operation, command, cut);
      await this.logOutcome(client, `${service}:${operation}`, 'ok', sentAt);
      return output;
    } catch (error) {
      await this.logOutcome(client, `${service}:${operation}`, error instanceof CollectError ? `${error.code} (${error.kind})` : error instanceof Error ? error.name : 'failed', sentAt);
      throw error;
    }
  }

  /** --verbose: how each call ended (after the SDK's own retries), and how long it took. */
  private async logOutcome(client: SdkClient, call: string, outcome: string, sentAt: number): Promise<void> {
    if (!this.options.log) return;
    const region = typeof client.config.region === 'function' ? String(await (client.config.region as () => Promise<string>)()) : String(client.config.region);
    this.options.log(`aws-baseline: ${call} (${region}) → ${outcome}, ${Math.round(performance.now() - sentAt)} ms\n`);
  }

  private async answerOf<Output extends MetadataBearer>(client: SdkClient, service: string, operation: string, command: SdkCommand, cut?: AbortSignal): Promise<Output> {
    try {
      const output = (await this.inFlight(async () => {
        const remaining = this.options.deadline === undefined ? undefined : this.options.deadline - Date.now();
        if (remaining !== undefined && remaining <= 0) throw new CollectError({ service, operation, code: 'AuditDeadline', kind: 'timeout', message: 'not sent: the audit reached its --timeout', ja: '送信していません: 監査が --timeout に達しました' });
        // The request timeout ends when the headers arrive: the whole answer, body and retries included, has a deadline
        // too, and so has the audit. One timer for the nearer, cleared with the answer: AbortSignal.timeout's cannot be,
        // and each call's stayed (with its signal) until the audit's deadline, ~0.3 MB an account of an organization.
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), Math.min(responseDeadlineMs(this.options), remaining ?? Number.POSITIVE_INFINITY));
        timer.unref();
        const onCut = () => abort.abort(cut?.reason);
        if (cut?.aborted) onCut();
        else cut?.addEventListener('abort', onCut, { once: true });
        try {
          return await client.send(command, { abortSignal: abort.signal });
        } finally {
          clearTimeout(timer);
          cut?.removeEventListener('abort', onCut);
        }
      })) as Output;
      requireMembers(service, operation, output);
      this.answered.push(`${service}:${operation}`);
      return output;
    } catch (error) {
      if (error instanceof ReadOnlyViolation) throw error; // a bug in a collector, not a fact about the account
      if (error instanceof CollectError) throw error;
      if (this.options.deadline !== undefined && Date.now() >= this.options.deadline && !(error instanceof CollectError)) {
        throw new CollectError({ service, operation, code: 'AuditDeadline', kind: 'timeout', message: 'abandoned: the audit reached its --timeout', ja: '打ち切りました: 監査が --timeout に達しました' });
      }
      throw classifyError(error, service, operation);
    }
  }

  /** A session for other credentials (another account's role) sharing this one's sockets and settings. */
  derive(credentials: AwsCredentialIdentityProvider): AwsSession {
    return new AwsSession({ ...this.options, credentials, requestHandler: this.requestHandler }, this.lookups);
  }

  /** Operations AWS answered with success (what it bills), as `service:Operation`. */
  answeredOperations(): string[] {
    return [...this.answered];
  }

  /** Every operation sent so far, as `service:Operation`, in order. */
  operations(): string[] {
    return [...this.sent];
  }
}
