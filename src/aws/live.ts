import { japaneseIssues } from '../core/i18n.js';
import { loadOnce } from '../core/lazy.js';
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import type { FactsSource } from '../facts/source.js';
import { InputError } from '../core/errors.js';
import type { CollectContext } from '../facts/define.js';
import { FACTS, type FactKey, qualifierOf } from '../facts/catalog.js';
import { CollectError, isCollectError } from '../facts/errors.js';
import { FactStore } from '../facts/store.js';
import { classifyError } from './errors.js';
import { AwsSession, type SessionOptions } from './session.js';
import { ENABLED_IN_EVERY_ACCOUNT } from './region-name.js';

const snapshotModule = loadOnce(() => import('./snapshot.js'));

/** Where STS is asked who we are: the SDK's own endpoint variables, else the public endpoint. */
function stsEndpoint(env: NodeJS.ProcessEnv): string {
  return env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL ?? 'https://sts.us-east-1.amazonaws.com';
}

export interface LiveOptions extends SessionOptions {
  /** The environment, to name the profile and endpoint in errors. */
  env?: NodeJS.ProcessEnv;
  /** false: the Cost Explorer call is refused here too, not only skipped by the check. */
  paidCalls: boolean;
  sleep?: (ms: number, cut?: AbortSignal) => Promise<void>;
  /** How the account waits between polls of its credential report: an --org audit lends its slot meanwhile. */
  whileWaiting?: (wait: () => Promise<void>) => Promise<void>;
  now?: () => Date;
  /** Facts the selected checks will need; the slow ones among them start at once. */
  needs?: ReadonlySet<FactKey>;
  /** The regions asked for (--regions); undefined: every region enabled for the account. */
  regions?: readonly string[];
  /** false: the caller's own slow facts wait for prefetchSlowFacts (a shard that may not hold the caller's account). */
  prefetch?: boolean;
}

/** Facts of the organization, read once in the caller's (management) account and given to every member; undefined: the member reads its own. */
export type SharedFacts = (key: FactKey, qualifier: string | undefined) => Promise<unknown> | undefined;

/**
 * The caller's facts that read alike in every process of a spread audit, whichever accounts each audits:
 * the organization (DescribeOrganization answers the same in every account of it), Firewall Manager's
 * administrator and the root-access features (both asked of the management account for every member).
 * The parent reads each once and answers its processes (audit/parallel.ts).
 */
export const ALIKE_IN_EVERY_PROCESS: ReadonlySet<FactKey> = new Set(['organizations.organization', 'fms.adminAccount', 'iam.organizationsFeatures']);

/** A fact store over live AWS: each fact collected on first request, through one guarded session. */
export function liveStore(session: AwsSession, options: Partial<Pick<LiveOptions, 'sleep' | 'whileWaiting' | 'now' | 'paidCalls' | 'needs'>> & { shared?: SharedFacts; account?: string } = {}): FactStore {
  const needed = (key: string): key is FactKey => options.needs?.has(key as FactKey) === true;
  const pause = options.sleep ?? sleep;
  const { whileWaiting } = options;
  const context: CollectContext = {
    session,
    identity: () => store.get('sts.identity'),
    sleep: whileWaiting ? (ms, cut) => whileWaiting(() => pause(ms, cut)) : pause,
    now: options.now ?? (() => new Date()),
    paidCalls: options.paidCalls ?? true,
    // A failure is kept in the store for whoever asks; nobody may, so it is not reported here.
    prefetch: (key, qualifier) => void (needed(key) ? store.get(key, qualifier).catch(() => undefined) : undefined),
    needs: needed,
  };
  const store: FactStore = new FactStore(async (key: FactKey, qualifier) => {
    const shared = options.shared?.(key, qualifier);
    if (shared) return shared;
    // Where the account is known beforehand (a member), nothing is read until the credentials prove to be its own.
    if (options.account !== undefined && key !== 'sts.identity') await store.get('sts.identity');
    let value: unknown;
    try {
      value = await FACTS[key].collect(context, qualifier ?? '');
    } catch (error) {
      throw classifyError(error, key.split('.')[0] ?? 'aws', key);
    }
    // No fact is stored from an answer that is not what AWS sends: it is checked against the fact's own schema.
    const { factSchema } = await snapshotModule();
    const checked = factSchema(key).safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const [issueJa] = issue ? await japaneseIssues(factSchema(key), value, [issue]) : [];
      const action = FACTS[key].actions[0] ?? key;
      throw new CollectError({
        service: action.split(':')[0] ?? 'aws',
        operation: action.split(':')[1] ?? key,
        code: 'NotAnAwsAnswer',
        kind: 'malformed',
        message: `the answer to ${action} was not what AWS sends (${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'unexpected shape'}): check AWS_ENDPOINT_URL or a proxy`,
        ja: `${action} への応答は AWS が送るものではありませんでした(${issue ? `${issue.path.join('.') || '値'}: ${issueJa ?? issue.message}` : '想定外の形'})。AWS_ENDPOINT_URL かプロキシを確認してください`,
      });
    }
    // Answers for another account than the one audited (a member's role that is not in it) are refused for it.
    const named = key === 'sts.identity' ? (checked.data as { accountId: string }).accountId : undefined;
    if (named !== undefined && options.account !== undefined && named !== options.account) {
      throw new CollectError({ service: 'sts', operation: 'GetCallerIdentity', code: 'AnotherAccount', kind: 'malformed', message: `the credentials for account ${options.account} answer as account ${named}: nothing read with them is judged for ${options.account}`, ja: `アカウント ${options.account} の認証情報がアカウント ${named} として応答します。これで読み取ったものは ${options.account} について判定しません` });
    }
    return checked.data;
  });
  return store;
}

/** A timer that an abort ends early (and clears: no timer outlives what it was waiting for). */
function sleep(ms: number, cut?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (cut?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    cut?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      cut?.removeEventListener('abort', done);
      resolve();
    }
  });
}

const NO_CREDENTIALS = /CredentialsProviderError|Could not load credentials|credential.*(?:not found|missing)|profile .* (?:not found|could not be found)|SSO session .*expired|token .*expired/i;

export interface LiveSource extends FactsSource {
  session: AwsSession;
}

export function sourceOf(session: AwsSession, store: FactStore): LiveSource {
  return {
    kind: 'live',
    store,
    session,
    // Billed calls are those AWS answered: one refused, or lost on the way, costs nothing.
    paidCalls: () => session.answeredOperations().filter((operation) => operation === 'ce:GetCostAndUsage').length,
    operations: () => session.operations(),
  };
}

/**
 * The heads of the longest chains start at once, beside the identity call: the credential report's
 * generation (it needs nothing), the budgets (they need only the account id; the account's budget
 * notifications are asked for beside them, and their subscribers follow) and Trusted Advisor's list of
 * checks (their summaries follow; its check reads it first, whatever the account holds). Everything
 * else waits for the checks that read it.
 */
export function startSlowFacts(store: FactStore, needs: ReadonlySet<FactKey> | undefined): void {
  for (const key of ['iam.credentialReport', 'budgets.budgets', 'support.trustedAdvisor'] as const) if (needs?.has(key)) void store.get(key).catch(() => undefined);
}

/**
 * The regional facts the selected checks declare are read in every audited region (a test proves it on
 * every sample), and the regions every account has are audited whatever else the region list says:
 * their reads start as soon as the first connection is open, not a round trip later when the region
 * list answers, behind the CPU of the whole first wave. Opt-in regions wait for the list.
 */
function startRegionalFacts(store: FactStore, options: Pick<LiveOptions, 'needs' | 'regions'>): void {
  const regions = (options.regions ?? ENABLED_IN_EVERY_ACCOUNT).filter((region) => ENABLED_IN_EVERY_ACCOUNT.includes(region));
  for (const key of options.needs ?? []) {
    if (qualifierOf(key) === 'region' && !FACTS[key].onDemand) for (const region of regions) void store.get(key, region).catch(() => undefined);
  }
}

/**
 * While the first round trip is in flight the CPU is idle: load the client modules and the answer
 * schemas the audit will need, and build what Node builds on first use and the first answers would
 * otherwise wait for: TextDecoder (the SDK reads bodies with it). The regional reads that start then
 * (startRegionalFacts) build their own clients.
 */
function warmUp(options: Pick<LiveOptions, 'needs'>): void {
  const needs = [...(options.needs ?? [])].filter((key) => !FACTS[key].onDemand);
  const modules = needs.map((key) => FACTS[key].sdk());
  const schemas = import('./snapshot.js').then(({ factSchema }) => ['sts.identity' as const, ...needs].forEach((key) => factSchema(key)));
  void Promise.all([...modules, schemas]).catch(() => undefined);
  new TextDecoder().decode(new Uint8Array(0));
}

/**
 * Runs `then` once this process's first connection to AWS is open, or has failed (`connected` says
 * which): module loading would otherwise compete with the first calls' own loading, signing and
 * connecting. Open is the TCP connection: over TLS, as AWS is reached, the handshake then finishes
 * behind the warm-up and the first regional wave, and the first requests leave ~130 ms later than they
 * would after it. Waiting for the handshake was measured (six pairs): the first requests left sooner,
 * the last answer came no sooner (the audit is busy on its CPU from then to its end, and the credential
 * report's polls waited behind it), so first call → last reply was longer.
 */
function whenConnected(then: (connected: boolean) => void): void {
  const opened = ({ socket }: { socket: Socket }) => {
    diagnostics.unsubscribe('net.client.socket', opened as (message: unknown) => void);
    let started = false;
    const start = (connected: boolean) => {
      if (started) return;
      started = true;
      setImmediate(() => then(connected));
    };
    socket.once('connect', () => start(true));
    socket.once('close', () => start(false));
  };
  diagnostics.subscribe('net.client.socket', opened as (message: unknown) => void);
}

/**
 * Who are we? Without credentials the audit cannot start (exit 2), nor where AWS cannot be reached; a
 * refusal is an audit result (exit 3), said by the checks that needed the identity.
 */
async function identified(identity: Promise<unknown>, options: LiveOptions): Promise<void> {
  try {
    await identity;
  } catch (error) {
    if (isCollectError(error, 'credentials-expired')) {
      throw new InputError(
        `the AWS credentials have expired (${error.message}): refresh them ("aws sso login", or new session credentials) and run again`,
        `AWS 認証情報の有効期限が切れています(${error.message})。"aws sso login" などで更新してから再実行してください`,
      );
    }
    if (isCollectError(error) && (['CredentialsProviderError', 'TokenProviderError'].includes(error.code) || NO_CREDENTIALS.test(error.message))) {
      const profile = options.profile ?? options.env?.AWS_PROFILE;
      const where = profile ? ` for the profile "${profile}"` : '';
      const whereJa = profile ? `プロファイル "${profile}" の ` : '';
      throw new InputError(
        `no AWS credentials${where}: ${error.message} (check ~/.aws/config and ~/.aws/credentials, set AWS_PROFILE or --profile, or run "aws sso login${profile ? ` --profile ${profile}` : ''}")`,
        `${whereJa}AWS 認証情報が見つかりません: ${error.message}(~/.aws/config と ~/.aws/credentials を確認するか、AWS_PROFILE か --profile を指定するか、"aws sso login${profile ? ` --profile ${profile}` : ''}" を実行してください)`,
      );
    }
    // Nothing answered at all (DNS, refused, unreachable, a proxy): the audit cannot start, and says where it looked.
    if (isCollectError(error, 'network') || (isCollectError(error, 'timeout') && error.code !== 'ReportGenerationTimeout')) {
      const endpoint = stsEndpoint(options.env ?? {});
      throw new InputError(
        `cannot reach AWS at ${endpoint}: ${error.message} (check the network, a proxy such as HTTPS_PROXY, or AWS_ENDPOINT_URL)`,
        `AWS (${endpoint}) に接続できません: ${error.message}(ネットワーク、HTTPS_PROXY などのプロキシ、AWS_ENDPOINT_URL を確認してください)`,
      );
    }
  }
}

/**
 * The caller's session for reads of its own that are no account's audit (a spread audit's parent lists
 * the organization for its processes): who we are first, refused as an audit is.
 */
export async function callerSession(options: LiveOptions): Promise<AwsSession> {
  const session = new AwsSession(options);
  await identified(liveStore(session, options).get('sts.identity'), options);
  return session;
}

export async function openLiveSession(options: LiveOptions & { shared?: SharedFacts }): Promise<LiveSource> {
  const session = new AwsSession(options);
  const store = liveStore(session, options);
  // The enabled regions are needed by nearly every audit: ask for them while asking who we are.
  const identity = store.get('sts.identity');
  void store.get('account.regions').catch(() => undefined);
  if (options.prefetch !== false) startSlowFacts(store, options.needs);
  whenConnected((connected) => {
    warmUp(options);
    // Not where AWS could not be reached: the audit stops there, and would wait for these to fail too.
    if (connected && options.prefetch !== false) startRegionalFacts(store, options);
  });
  await identified(identity, options);
  return sourceOf(session, store);
}
