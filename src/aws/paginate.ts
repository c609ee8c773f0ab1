import type { MetadataBearer } from '@smithy/types';
import type { SdkCommand } from './session.js';
import type { CollectContext } from '../facts/define.js';

type Client = Parameters<CollectContext['session']['send']>[0];

/** Follows every page: `read` takes the items and the next token from a page, `command` builds the request for one. */
export async function paginate<Page extends MetadataBearer, Item>(
  ctx: CollectContext,
  client: Client,
  service: string,
  command: (token: string | undefined) => SdkCommand,
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
