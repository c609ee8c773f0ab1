import type { z as Zod } from 'zod';
import type { AwsSession } from '../aws/session.js';

/** zod's builders, handed to a fact's schema where values are validated (snapshots): declaring a fact loads no zod. */
export type Z = typeof import('../core/zod.js').z;
export type Schema = Zod.ZodType;

/** What a fact's qualifier is: none (one value per account), or one value per region, trail ARN, budget name. */
export type Qualifier = 'none' | 'region' | 'arn' | 'budget' | 'detector' | 'bucket';

/** Who is auditing: the one fact other collectors read (account id, partition). */
export interface Identity {
  accountId: string;
  arn: string;
  partition: string;
}

export interface CollectContext {
  session: AwsSession;
  /** The audited identity, through the same memo as every fact. */
  identity(): Promise<Identity>;
  /** Waits `ms`, or less if `cut` is aborted first. */
  sleep(ms: number, cut?: AbortSignal): Promise<void>;
  now(): Date;
  /** Whether calls that AWS bills may be sent (--no-paid-calls makes it false). */
  paidCalls: boolean;
  /**
   * Starts collecting another fact whose qualifier this collector has just learned, if the audit needs
   * it: a read that depends only on part of this answer need not wait for the rest (a dependent chain
   * of calls is what an audit's wall time is made of). Its result is kept as if a check had asked.
   */
  prefetch(key: string, qualifier: string): void;
  /** Whether the audit reads this fact: a collector may begin a read that fact will need, a round trip sooner. */
  needs(key: string): boolean;
}

/**
 * One fact, declared once: the shape of its value (its type is inferred from it), its qualifier, the
 * IAM actions it needs, and how it is collected. The catalog, the permissions, the snapshot schema and
 * the collector dispatch all come from these declarations.
 */
export interface FactDefinition<S extends Schema = Schema, Q extends Qualifier = Qualifier, R extends Zod.output<S> = Zod.output<S>> {
  qualifier: Q;
  /** IAM actions its collector needs: `aws-baseline policy` is built from these (a test checks each against AWS's Service Authorization Reference). */
  actions: readonly string[];
  /**
   * Operations its collector sends that IAM authorizes by an action of another name (`budgets:DescribeBudgets`
   * → `budgets:ViewBudget`), each mapped to one of `actions`; any other operation is its own action.
   */
  operations?: Readonly<Record<string, string>>;
  schema: (z: Z) => S;
  /**
   * Read only when a check asks for it (or a collector starts it for what it has just read), never started ahead with the other
   * regional reads (nor its client loaded then): a read a check makes only where its first judgement finds it may matter.
   */
  onDemand?: true;
  /** The SDK client module its collector imports: a live audit loads it while the first answers are awaited. */
  sdk: () => Promise<unknown>;
  /** Reads AWS (the SDK is imported inside, so that declaring a fact loads no client). */
  collect: (ctx: CollectContext, qualifier: string) => Promise<R>;
}

/** Every key of every member of a union (`keyof` of a union keeps only the keys all members share). */
type AllKeys<T> = T extends unknown ? keyof T : never;
type PropertyOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * The keys a collector's value has beyond its schema, at any depth (never: none). TypeScript does not
 * check a returned literal for excess keys, and a snapshot holding one would not replay: its values
 * are validated against the strict schema.
 */
export type ExcessKeys<Actual, Declared> = Actual extends Date | ((...args: never[]) => unknown)
  ? never
  : Actual extends readonly (infer Item)[]
    ? ExcessKeys<Item, Declared extends readonly (infer DeclaredItem)[] ? DeclaredItem : never>
    : Actual extends object
      ? string extends AllKeys<Declared>
        ? ExcessKeys<Actual[keyof Actual], PropertyOf<Declared, string>> // a record: any key is declared
        :
          | Exclude<keyof Actual, AllKeys<Declared>>
          | { [K in keyof Actual & AllKeys<Declared>]: ExcessKeys<Actual[K], PropertyOf<Declared, K>> }[keyof Actual & AllKeys<Declared>]
      : never;

type Exact<R, Declared> = [ExcessKeys<R, Declared>] extends [never] ? unknown : { collectReturnsKeysItsSchemaLacks: ExcessKeys<R, Declared> };

export function defineFact<S extends Schema, Q extends Qualifier, R extends Zod.output<S>>(definition: FactDefinition<S, Q, R> & Exact<R, Zod.output<S>>): FactDefinition<S, Q, R> {
  return definition;
}

/** Global services answer in one region of the partition. */
export const GLOBAL_REGION = 'us-east-1';

/** Where account-wide things live among the audited regions (global Config types, a new trail): us-east-1 if audited. */
export function homeRegion(regions: readonly string[]): string | undefined {
  return regions.includes(GLOBAL_REGION) ? GLOBAL_REGION : regions[0];
}
