import type { FactStore } from './store.js';

/** Where one account's facts come from: a live session or a snapshot, with what it cost and sent. */
export interface FactsSource {
  kind: 'live' | 'snapshot';
  snapshot?: string;
  store: FactStore;
  /** Regions the snapshot was taken for; the default when none are asked for. */
  defaultRegions?: string[];
  /** When the snapshot was taken: the moment it is judged at. */
  collectedAt?: string;
  paidCalls(): number;
  operations(): string[];
}
