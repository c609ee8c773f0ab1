import type { MetadataBearer } from '@smithy/types';
import type { AwsSession } from '../session.js';
import type { FactKey, FactValue } from '../types.js';

export interface CollectContext {
  session: AwsSession;
  /** Another fact, through the same memo (identity for the partition, say). */
  fact<K extends FactKey>(key: K, qualifier?: string): Promise<FactValue<K>>;
  sleep(ms: number): Promise<void>;
  now(): Date;
  /** Whether calls that AWS bills may be sent (--no-paid-calls makes it false). */
  paidCalls: boolean;
}

export type Collector<K extends FactKey> = (ctx: CollectContext, qualifier: string) => Promise<FactValue<K>>;
export type CollectorSet<Keys extends FactKey> = { [K in Keys]: Collector<K> };

type Client = Parameters<AwsSession['send']>[0];
type Command = { constructor: { name: string } };

/** Follows every page: `next` reads the token from a page, `command` builds the request for one. */
export async function paginate<Page extends MetadataBearer, Item>(
  ctx: CollectContext,
  client: Client,
  service: string,
  command: (token: string | undefined) => Command,
  read: (page: Page) => { items: Item[] | undefined; next: string | undefined },
): Promise<Item[]> {
  const items: Item[] = [];
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await ctx.session.send<Page>(client, service, command(token));
    const { items: pageItems, next } = read(page);
    items.push(...(pageItems ?? []));
    if (next !== undefined && seen.has(next)) break; // a service repeating a token would loop forever
    if (next !== undefined) seen.add(next);
    token = next;
  } while (token);
  return items;
}

/** Global services answer in one region of the partition. */
export const GLOBAL_REGION = 'us-east-1';
