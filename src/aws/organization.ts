import {
  type Account,
  ListAccountsCommand,
  type ListAccountsCommandOutput,
  ListAccountsForParentCommand,
  type ListAccountsForParentCommandOutput,
  ListOrganizationalUnitsForParentCommand,
  type ListOrganizationalUnitsForParentCommandOutput,
  ListRootsCommand,
  type ListRootsCommandOutput,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import pLimit from 'p-limit';
import { AssumeRoleCommand, type AssumeRoleCommandOutput, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CollectError } from '../facts/errors.js';
import { z } from '../core/zod.js';
import type { AwsSession } from './session.js';
import { paginate } from './paginate.js';
import type { OuPlace } from '../core/model.js';

const ASSUME_ROLE = new Set(['AssumeRole']);
/** Refresh assumed credentials this long before they expire (a large organization takes a while). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * The organization's active accounts, page by page (ListAccounts gives 20 at a time, in sequence),
 * so that auditing can start with the first page.
 */
export interface ListedAccount {
  id: string;
  name?: string;
}

/** What a ListAccounts page must hold: account ids are 12 digits (they become role ARNs and report keys). */
const pageSchema = z.array(z.object({ Id: z.string().regex(/^\d{12}$/, 'a 12-digit account id').optional(), Name: z.string().optional() }));

export async function* organizationAccounts(session: AwsSession): AsyncGenerator<ListedAccount[]> {
  const client = session.client(OrganizationsClient, 'organizations', 'us-east-1');
  let token: string | undefined;
  const tokens = new Set<string>();
  const listed = new Set<string>();
  do {
    const page = await session.send<ListAccountsCommandOutput>(client, 'organizations', new ListAccountsCommand({ NextToken: token }));
    const checked = pageSchema.safeParse(page.Accounts ?? []);
    if (!checked.success) {
      throw new CollectError({ service: 'organizations', operation: 'ListAccounts', code: 'NotAnAwsAnswer', kind: 'malformed', message: `the answer to organizations:ListAccounts was not what AWS sends (${checked.error.issues[0]?.message ?? 'unexpected shape'})`, ja: `organizations:ListAccounts への応答は AWS が送るものではありませんでした(${checked.error.issues[0]?.message ?? '想定外の形'})` });
    }
    // An account listed twice (a page served again) is audited once.
    const fresh = (page.Accounts ?? []).filter((account: Account) => (account.State ?? account.Status) === 'ACTIVE' && account.Id && !listed.has(account.Id));
    for (const account of fresh) listed.add(account.Id as string);
    yield fresh.map((account) => ({ id: account.Id as string, ...(account.Name ? { name: account.Name } : {}) }));
    token = page.NextToken || undefined;
    // A token served twice would list the organization forever.
    if (token !== undefined && tokens.has(token)) throw new CollectError({ service: 'organizations', operation: 'ListAccounts', code: 'RepeatedPageToken', kind: 'malformed', message: 'organizations:ListAccounts gave a page token it had given before: the list would never end', ja: 'organizations:ListAccounts が以前と同じページトークンを返しました。一覧が終わりません' });
    if (token !== undefined) tokens.add(token);
  } while (token);
}

// Organizations API Reference: a root's id is r-…, an OU's ou-…-…, an account's 12 digits.
const rootsSchema = z.array(z.object({ Id: z.string().regex(/^r-[0-9a-z]{4,32}$/, 'a root id (r-…)'), Name: z.string().optional() }));
const unitsSchema = z.array(z.object({ Id: z.string().regex(/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/, 'an OU id (ou-…)'), Name: z.string().optional() }));
const childAccountsSchema = z.array(z.object({ Id: z.string().regex(/^\d{12}$/, 'a 12-digit account id') }));

function checked<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, data: unknown, operation: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new CollectError({ service: 'organizations', operation, code: 'NotAnAwsAnswer', kind: 'malformed', message: `the answer to organizations:${operation} was not what AWS sends (${result.error.issues[0]?.message ?? 'unexpected shape'})`, ja: `organizations:${operation} への応答は AWS が送るものではありませんでした(${result.error.issues[0]?.message ?? '想定外の形'})` });
}

/** Parents read at once: Organizations allows a few calls a second per account, and the SDK retries what it throttles. */
const TREE_READS_AT_ONCE = 4;

/**
 * The organization's tree, read once, level by level from its root: for each account, the OU that
 * holds it and the path to it (the root first). Every list is followed to its last page; an answer that
 * is not AWS's, or a refusal, fails the whole read (the caller decides what an audit without OUs is).
 */
export async function organizationTree(session: AwsSession): Promise<Map<string, OuPlace>> {
  const client = session.client(OrganizationsClient, 'organizations', 'us-east-1');
  const ctx = { session };
  const limit = pLimit(TREE_READS_AT_ONCE);
  const roots = checked(
    rootsSchema,
    await paginate<ListRootsCommandOutput, unknown>(ctx, client, 'organizations', (token) => new ListRootsCommand({ NextToken: token }), (page) => ({ items: page.Roots, next: page.NextToken || undefined })),
    'ListRoots',
  );
  const places = new Map<string, OuPlace>();
  let level: OuPlace[] = roots.map((root) => ({ id: root.Id, path: [{ id: root.Id, name: root.Name ?? 'Root' }] }));
  while (level.length > 0) {
    const below = await Promise.all(
      level.map((parent) =>
        limit(async () => {
          const accounts = checked(
            childAccountsSchema,
            await paginate<ListAccountsForParentCommandOutput, unknown>(ctx, client, 'organizations', (token) => new ListAccountsForParentCommand({ ParentId: parent.id, NextToken: token }), (page) => ({ items: page.Accounts, next: page.NextToken || undefined })),
            'ListAccountsForParent',
          );
          for (const account of accounts) places.set(account.Id, parent);
          const units = checked(
            unitsSchema,
            await paginate<ListOrganizationalUnitsForParentCommandOutput, unknown>(ctx, client, 'organizations', (token) => new ListOrganizationalUnitsForParentCommand({ ParentId: parent.id, NextToken: token }), (page) => ({ items: page.OrganizationalUnits, next: page.NextToken || undefined })),
            'ListOrganizationalUnitsForParent',
          );
          return units.map((unit) => ({ id: unit.Id, path: [...parent.path, { id: unit.Id, name: unit.Name ?? unit.Id }] }));
        }),
      ),
    );
    level = below.flat();
  }
  return places;
}

export interface RoleTarget {
  accountId: string;
  partition: string;
  roleName: string;
  externalId: string | undefined;
  /** The caller's account, when it is the organization's management account: its organization trails are read there. */
  managementAccountId?: string;
  /** Listed from the caller's organization, which the caller could describe: the member's answer is the same, read once. */
  inCallersOrganization?: boolean;
}

/**
 * Credentials for a member account's audit role. sts:AssumeRole is the one non-read operation of
 * --org mode: it changes nothing in any account, and only this client may send it. Memoized (a
 * refusal too); renewed shortly before expiry.
 */
export function assumeRoleCredentials(session: AwsSession, target: RoleTarget): AwsCredentialIdentityProvider {
  const client = session.client(STSClient, 'sts', 'us-east-1', ASSUME_ROLE);
  const roleArn = `arn:${target.partition}:iam::${target.accountId}:role/${target.roleName}`;
  let current: Promise<AwsCredentialIdentity> | undefined;
  let expiresAt = 0;
  const assume = async (): Promise<AwsCredentialIdentity> => {
    let out: AssumeRoleCommandOutput;
    try {
      out = await session.send<AssumeRoleCommandOutput>(
        client,
        'sts',
        new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'aws-baseline', DurationSeconds: 3600, ...(target.externalId ? { ExternalId: target.externalId } : {}) }),
      );
    } catch (error) {
      if (error instanceof CollectError) throw new CollectError({ ...error.toJSON(), message: `cannot assume ${roleArn}: ${error.message}`, ja: `${roleArn} を引き受けられません: ${error.ja ?? error.message}` });
      throw error;
    }
    const credentials = out.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw new CollectError({ service: 'sts', operation: 'AssumeRole', code: 'NoCredentials', kind: 'unknown', message: `AssumeRole on ${roleArn} returned no credentials`, ja: `${roleArn} への AssumeRole が認証情報を返しませんでした` });
    }
    expiresAt = credentials.Expiration?.getTime() ?? Date.now() + 3600_000;
    return { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, sessionToken: credentials.SessionToken, expiration: credentials.Expiration };
  };
  return () => {
    if (!current || Date.now() > expiresAt - REFRESH_MARGIN_MS) {
      expiresAt = Number.POSITIVE_INFINITY; // until it resolves; a refusal stays cached: one AssumeRole per account
      current = assume();
    }
    return current;
  };
}
