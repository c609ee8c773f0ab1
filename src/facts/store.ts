import { CollectError, type CollectErrorData } from './errors.js';
import { FACT_KEYS, type FactArgs, type FactKey, type FactValue, storeKey } from './catalog.js';
import { byCodeUnit } from '../core/order.js';

/** Where facts come from: live collectors or a snapshot. Called at most once per stored key. */
export type FactLoader = (key: FactKey, qualifier: string | undefined) => Promise<unknown>;

export type SettledFact = { value: unknown } | { error: CollectErrorData };

/**
 * The memo of facts for one audit (one account). Each stored key is loaded at most once, however
 * many checks ask for it; the memo is what a snapshot records.
 */
export class FactStore {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly settled = new Map<string, SettledFact>();
  /** Which reader asked for which facts, when asked to keep it (tests prove each check's `reads` with it). */
  private readonly readers: Map<string, Set<string>> | undefined;

  constructor(
    private readonly loader: FactLoader,
    options: { trackReaders?: boolean } = {},
  ) {
    this.readers = options.trackReaders ? new Map() : undefined;
  }

  get<K extends FactKey>(key: K, qualifier?: string, reader?: string): Promise<FactValue<K>> {
    const stored = storeKey(key, qualifier);
    if (reader && this.readers) {
      const set = this.readers.get(reader) ?? new Set<string>();
      set.add(key);
      this.readers.set(reader, set);
    }
    let pending = this.memo.get(stored);
    if (!pending) {
      pending = this.loader(key, qualifier).then(
        (value) => {
          this.settled.set(stored, { value });
          return value;
        },
        (error: unknown) => {
          // Loaders classify what they know (the live one, AWS's errors); anything else is unexpected.
          const collectError =
            error instanceof CollectError
              ? error
              : new CollectError({ service: key.split('.')[0] ?? 'aws', operation: key, code: 'Error', kind: 'unknown', message: error instanceof Error ? error.message : String(error) });
          this.settled.set(stored, { error: collectError.toJSON() });
          throw collectError;
        },
      );
      this.memo.set(stored, pending);
    }
    return pending as Promise<FactValue<K>>;
  }

  /** The fact keys (unqualified) that one reader asked for; lets tests prove a check's `reads`. */
  readBy(reader: string): string[] {
    if (!this.readers) throw new Error('this store was not asked to keep its readers');
    return [...(this.readers.get(reader) ?? [])].sort();
  }

  /** Everything collected so far, settled, in key order: the body of a snapshot. */
  async entries(): Promise<Record<string, SettledFact>> {
    await Promise.allSettled(this.memo.values());
    return Object.fromEntries([...this.settled.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
  }
}

type ServiceOf<K> = K extends `${infer S}.${string}` ? S : never;
type NameOf<K, S extends string> = K extends `${S}.${infer N}` ? N : never;

/**
 * The checks' view of facts: `facts.guardduty.detectors(region)`, typed from the catalog. `Facts<R>`
 * holds only the facts R names: a check sees what it declares in `reads`, and nothing else compiles.
 */
export type Facts<R extends FactKey = FactKey> = {
  [S in ServiceOf<R>]: {
    [K in R as NameOf<K, S>]: (...args: FactArgs<K>) => Promise<FactValue<K>>;
  };
};

/** Each service's facts, split from their keys once: `guardduty` → [[`detectors`, `guardduty.detectors`], …]. */
const FACTS_BY_SERVICE = new Map<string, [name: string, key: FactKey][]>();
for (const key of FACT_KEYS) {
  const [service, name] = key.split('.') as [string, string];
  FACTS_BY_SERVICE.set(service, [...(FACTS_BY_SERVICE.get(service) ?? []), [name, key]]);
}

/**
 * One reader's view of a store. A service's facts are reached the first time the reader reaches for
 * that service (a check reads one or two of some twenty), as methods of one small object: a view is
 * made for every check of every account, and a function of its own for each fact was garbage.
 */
class FactsView {
  constructor(
    readonly store: FactStore,
    readonly reader: string | undefined,
  ) {}
}
for (const [service, facts] of FACTS_BY_SERVICE) {
  class ServiceFacts {
    constructor(readonly view: FactsView) {}
  }
  for (const [name, key] of facts) {
    Object.defineProperty(ServiceFacts.prototype, name, {
      value(this: ServiceFacts, qualifier?: string) {
        return this.view.store.get(key, qualifier, this.view.reader);
      },
    });
  }
  Object.defineProperty(FactsView.prototype, service, {
    get(this: FactsView) {
      const functions = new ServiceFacts(this);
      Object.defineProperty(this, service, { value: functions, enumerable: true });
      return functions;
    },
  });
}

export function createFacts(store: FactStore, reader?: string): Facts {
  return new FactsView(store, reader) as unknown as Facts;
}

/**
 * A loader over fixed data, for tests and snapshots: a missing key is an ERROR, never a default. Not an
 * async function: a settled promise made directly (a snapshot of 1,000 accounts reads ~250,000 facts).
 */
export function staticLoader(entries: Record<string, SettledFact | undefined>, source: string): FactLoader {
  return (key, qualifier) => {
    const entry = entries[storeKey(key, qualifier)];
    if (!entry) {
      return Promise.reject(new CollectError({
        service: key.split('.')[0] ?? 'aws',
        operation: key,
        code: 'FactMissing',
        kind: 'missing',
        message: `${storeKey(key, qualifier)} is not in ${source}`,
        ja: `${storeKey(key, qualifier)} は ${source} にありません`,
      }));
    }
    return 'error' in entry ? Promise.reject(new CollectError(entry.error)) : Promise.resolve(entry.value);
  };
}
