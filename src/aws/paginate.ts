import type { MetadataBearer } from '@smithy/types';
import { operationOf, type SdkCommand } from './command.js';
import { CollectError } from '../facts/errors.js';
import type { CollectContext } from '../facts/define.js';

type Client = Parameters<CollectContext['session']['send']>[0];

/**
 * Pages a list may take: far beyond any account's (GetAccountAuthorizationDetails of thousands of users
 * is tens of pages; 20,000 budgets, the most an account may have, 200), and an endless run of fresh
 * tokens ends in minutes, not at --timeout.
 */
const MAX_PAGES = 1_000;

/**
 * Follows every page: `read` takes the items and the next token from a page, `command` builds the
 * request for one, `identify` (where items have an identity) names each item. A token given twice, an
 * item listed twice or a list that never ends is not AWS's answer: an error for this read, never the
 * end of the list or a second copy.
 */
export async function paginate<Page extends MetadataBearer, Item>(
  ctx: Pick<CollectContext, 'session'>,
  client: Client,
  service: string,
  command: (token: string | undefined) => SdkCommand,
  read: (page: Page) => { items: Item[] | undefined; next: string | undefined },
  identify?: (item: Item) => string,
): Promise<Item[]> {
  const items: Item[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  let token: string | undefined;
  let pages = 0;
  do {
    const sent = command(token);
    const page = await ctx.session.send<Page>(client, service, sent);
    const { items: pageItems, next } = read(page);
    for (const item of pageItems ?? []) {
      const id = identify?.(item);
      if (id !== undefined && ids.has(id)) throw malformed(service, sent, { en: `listed ${id} twice`, ja: ` ${id} を 2 回返しました` });
      if (id !== undefined) ids.add(id);
      items.push(item);
    }
    if (next !== undefined && seen.has(next)) throw malformed(service, sent, { en: 'gave a page token it had given before', ja: '以前と同じページトークンを返しました' });
    if (++pages >= MAX_PAGES) throw malformed(service, sent, { en: `had more than ${MAX_PAGES} pages`, ja: ` ${MAX_PAGES} ページを超えました` });
    if (next !== undefined) seen.add(next);
    token = next;
  } while (token);
  return items;
}

function malformed(service: string, command: SdkCommand, what: { en: string; ja: string }): CollectError {
  const operation = operationOf(command);
  return new CollectError({ service, operation, code: 'BrokenPagination', kind: 'malformed', message: `${service}:${operation} ${what.en}: the list cannot be trusted`, ja: `${service}:${operation} が${what.ja}。この一覧は信頼できません` });
}
