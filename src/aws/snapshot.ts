import type { z as Zod } from 'zod';
import { z } from '../zod.js';
import { InputError } from '../errors.js';
import { loadStructuredFile, validateFile } from '../input.js';
import { FACTS, type FactKey, isFactKey, parseStoreKey, qualifierOf } from '../facts/catalog.js';
import { ERROR_KINDS } from '../facts/errors.js';
import { FactStore, type SettledFact, staticLoader } from '../facts/store.js';
import { REGION_NAME } from './region-name.js';

const collectErrorSchema = z.strictObject({ service: z.string(), operation: z.string(), code: z.string(), kind: z.enum(ERROR_KINDS), message: z.string() });

/** Each fact's value schema, built from its declaration on first use. */
const builtSchemas = new Map<FactKey, Zod.ZodType>();
export function factSchema(key: FactKey): Zod.ZodType {
  let schema = builtSchemas.get(key);
  if (!schema) {
    schema = FACTS[key].schema(z);
    builtSchemas.set(key, schema);
  }
  return schema;
}

export const SNAPSHOT_FORMAT = 'aws-baseline-snapshot';
export const SNAPSHOT_VERSION = 1;


const settledSchema = z.union([z.strictObject({ value: z.unknown() }), z.strictObject({ error: collectErrorSchema })]);

const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT, { error: `expected "${SNAPSHOT_FORMAT}": this is not an aws-baseline snapshot` }),
  version: z.literal(SNAPSHOT_VERSION, { error: `this build reads snapshot version ${SNAPSHOT_VERSION}` }),
  collectedAt: z.iso.datetime({ offset: true }),
  account: z.strictObject({ id: z.string().regex(/^\d{12}$|^unknown$/), partition: z.string() }),
  regions: z.array(z.string().regex(REGION_NAME, 'a region name such as us-east-1')),
  facts: z.record(z.string(), settledSchema),
});

export type Snapshot = Zod.infer<typeof snapshotSchema> & { facts: Record<string, SettledFact> };

/** Loads and validates a snapshot: the envelope, then every fact against its own schema. */
export async function loadSnapshot(file: string): Promise<Snapshot> {
  const loaded = await loadStructuredFile(file, 'snapshot');
  const snapshot = await validateFile(snapshotSchema, loaded, 'snapshot');
  const lineOf = () => loaded.locator();
  for (const [stored, entry] of Object.entries(snapshot.facts)) {
    const { key, qualifier } = parseStoreKey(stored);
    const where = async () => `${file}:${(await lineOf())(['facts', stored]) ?? '?'}: facts["${stored}"]`; // locating parses again: only on error
    if (!isFactKey(key)) throw new InputError(`invalid snapshot:\n  ${await where()}: unknown fact "${key}"`);
    if ((qualifierOf(key) === 'none') !== (qualifier === undefined)) {
      throw new InputError(`invalid snapshot:\n  ${await where()}: ${qualifier === undefined ? 'needs a @qualifier' : 'takes no @qualifier'}`);
    }
    if (qualifier !== undefined && qualifierOf(key) === 'region' && !REGION_NAME.test(qualifier)) {
      throw new InputError(`invalid snapshot:\n  ${await where()}: "${qualifier}" is not a region name`);
    }
    if ('value' in entry) await validateFile<unknown>(factSchema(key), loaded, 'snapshot', ['facts', stored, 'value'], entry.value);
  }
  // The identity read is the snapshot's account: another one would judge root against the wrong ARN.
  const identity = snapshot.facts['sts.identity'];
  if (identity && 'value' in identity && (identity.value as { accountId: string }).accountId !== snapshot.account.id && snapshot.account.id !== 'unknown') {
    throw new InputError(`invalid snapshot:\n  ${file}:${(await lineOf())(['facts', 'sts.identity']) ?? '?'}: facts["sts.identity"]: account ${(identity.value as { accountId: string }).accountId} is not the snapshot's account ${snapshot.account.id}`);
  }
  return snapshot;
}

export function snapshotStore(snapshot: Snapshot, file: string): FactStore {
  return new FactStore(staticLoader(snapshot.facts, `snapshot ${file}`));
}

export async function buildSnapshot(store: FactStore, account: { id: string; partition: string }, regions: string[], collectedAt: Date): Promise<Snapshot> {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    collectedAt: collectedAt.toISOString(),
    account,
    regions,
    facts: await store.entries(),
  };
}
