// In a process of a spread audit of an organization: the organization as its parent lists it (audit/parallel.ts),
// once for every process, message by message.
import type { ListedAccount, NotListed, OrganizationListing, OuPlace } from '../core/model.js';
import type { ListingMessage } from './progress-event.js';

const isListingMessage = (message: unknown): message is ListingMessage => typeof message === 'object' && message !== null && ('page' in message || 'end' in message || 'units' in message);

export function listingFromParent(): { listing: OrganizationListing; receive: (message: unknown) => void } {
  const pages: ListedAccount[][] = [];
  let ended = false;
  let notListed: NotListed | undefined;
  let wake: (() => void) | undefined;
  let placeAll: (tree: ReadonlyMap<string, OuPlace> | undefined) => void = () => undefined;
  const tree = new Promise<ReadonlyMap<string, OuPlace> | undefined>((resolve) => (placeAll = resolve));
  async function* iterate(): AsyncGenerator<ListedAccount[]> {
    for (;;) {
      const page = pages.shift();
      if (page) yield page;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  const receive = (message: unknown): void => {
    if (!isListingMessage(message)) return;
    if ('page' in message) pages.push(message.page);
    else if ('end' in message) {
      ended = true;
      notListed = message.end ?? undefined;
    } else placeAll(message.units ? new Map(message.units) : undefined);
    wake?.();
    wake = undefined;
  };
  return { listing: { pages: iterate(), tree, notListed: () => notListed }, receive };
}
