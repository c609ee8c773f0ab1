import { type Account, ListAccountsCommand, type ListAccountsCommandOutput, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, type AssumeRoleCommandOutput, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CollectError } from '../facts/errors.js';
import { z } from '../core/zod.js';
import type { AwsSession } from './session.js';

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
      throw new CollectError({ service: 'organizations', operation: 'ListAccounts', code: 'NotAnAwsAnswer', kind: 'malformed', message: `the answer to organizations:ListAccounts was not what AWS sends (${checked.error.issues[0]?.message ?? 'unexpected shape'})` });
    }
    // An account listed twice (a page served again) is audited once.
    const fresh = (page.Accounts ?? []).filter((account: Account) => (account.State ?? account.Status) === 'ACTIVE' && account.Id && !listed.has(account.Id));
    for (const account of fresh) listed.add(account.Id as string);
    yield fresh.map((account) => ({ id: account.Id as string, ...(account.Name ? { name: account.Name } : {}) }));
    token = page.NextToken || undefined;
    // A token served twice would list the organization forever.
    if (token !== undefined && tokens.has(token)) throw new CollectError({ service: 'organizations', operation: 'ListAccounts', code: 'RepeatedPageToken', kind: 'malformed', message: 'organizations:ListAccounts gave a page token it had given before: the list would never end' });
    if (token !== undefined) tokens.add(token);
  } while (token);
}

export interface RoleTarget {
  accountId: string;
  partition: string;
  roleName: string;
  externalId: string | undefined;
  /** The caller's account, when it is the organization's management account: its organization trails are read there. */
  managementAccountId?: string;
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
      if (error instanceof CollectError) throw new CollectError({ ...error.toJSON(), message: `cannot assume ${roleArn}: ${error.message}` });
      throw error;
    }
    const credentials = out.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw new CollectError({ service: 'sts', operation: 'AssumeRole', code: 'NoCredentials', kind: 'unknown', message: `AssumeRole on ${roleArn} returned no credentials` });
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
