import { createHash } from 'node:crypto';

/**
 * --shard K/N: the K-th of N disjoint parts of an account list, decided by the account id alone (the
 * first 32 bits of its SHA-256), so that the same account lands in the same shard whatever else the
 * list holds and whichever machine of a CI matrix asks.
 */
export interface Shard {
  /** 1-based, as people and CI matrices count. */
  index: number;
  count: number;
}

export function shardOf(accountId: string, count: number): number {
  return (createHash('sha256').update(accountId).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(accountId: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(accountId, shard.count) === shard.index;
}
