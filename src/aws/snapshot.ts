import { statSync } from 'node:fs';
import type { z as Zod } from 'zod';
import { z } from '../core/zod.js';
import { InputError } from '../core/errors.js';
import { invalidFile, LARGE_INPUT_BYTES, type LoadedFile, loadStructuredFile, readRange, readRanges, sizeOf, validateFile } from '../io/input.js';
import { splitJsonArray } from '../io/json-split.js';
import { parsedJsonObject } from '../io/json-text.js';
import { FACTS, type FactKey, isFactKey, parseStoreKey, qualifierOf } from '../facts/catalog.js';
import { ERROR_KINDS, type ErrorKind } from '../facts/errors.js';
import { FactStore, type SettledFact, staticLoader } from '../facts/store.js';
import { REGION_NAME } from './region-name.js';
import { refusal } from '../core/i18n.js';

export const collectErrorSchema = z.strictObject({ service: z.string(), operation: z.string(), code: z.string(), kind: z.enum(ERROR_KINDS), message: z.string(), ja: z.string().optional() });

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
/** 2: administrators are decided from the authorization details the snapshot keeps (version 1 kept only the verdict). */
export const SNAPSHOT_VERSION = 2;


// A value or an error, never both: checked as one object, so that a wrong error kind is named where it is.
const settledSchema = z
  .strictObject({ value: z.unknown().optional(), error: collectErrorSchema.optional() })
  .refine((entry) => ('value' in entry) !== ('error' in entry), refusal('either "value" or "error", not both or neither', '"value" か "error" のどちらか一方(両方でも、どちらもなしでもなく)'))
  .transform((entry): SettledFact => (entry.error ? { error: entry.error } : { value: entry.value }));

const accountShape = {
  account: z.strictObject({
    id: z.string().regex(/^\d{12}$|^unknown$/),
    partition: z.string(),
    name: z.string().optional(),
    ou: z.strictObject({ id: z.string(), path: z.array(z.strictObject({ id: z.string(), name: z.string() })) }).optional(),
  }),
  regions: z.array(z.string().regex(REGION_NAME, refusal('a region name such as us-east-1', 'us-east-1 のようなリージョン名'))),
  facts: z.record(z.string(), settledSchema),
};
/** One account's entry, strict: its schema built once (a snapshot of many is checked, then read again, an account at a time). */
const accountSchema = z.strictObject(accountShape);
const envelope = {
  format: z.literal(SNAPSHOT_FORMAT, { error: refusal(`expected "${SNAPSHOT_FORMAT}": this is not an aws-baseline snapshot`, `"${SNAPSHOT_FORMAT}" であるはずです: aws-baseline のスナップショットではありません`) }),
  version: z.literal(SNAPSHOT_VERSION, {
    error: refusal(
      `this build reads snapshot version ${SNAPSHOT_VERSION}: take the snapshot again with this version of aws-baseline`,
      `このビルドが読めるのはスナップショットのバージョン ${SNAPSHOT_VERSION} です: このバージョンの aws-baseline でスナップショットを取り直してください`,
    ),
  }),
  collectedAt: z.iso.datetime({ offset: true }),
};
/** One account (`account`, `regions`, `facts`), or many (`accounts`: one such entry each, `organization` when --org). */
const oneAccount = z.strictObject({ ...envelope, ...accountShape });
const manyAccounts = z.strictObject({
  ...envelope,
  organization: z.strictObject({ id: z.string(), managementAccountId: z.string() }).optional(),
  /** The organization's account list broke off after `after` accounts: the rest were never read. */
  notListed: z.strictObject({ after: z.number().int().nonnegative(), kind: z.enum(ERROR_KINDS), message: z.string() }).optional(),
  accounts: z.array(accountSchema).min(1, refusal('at least one account', '少なくとも 1 アカウント')),
});
type SnapshotSchema = typeof oneAccount | typeof manyAccounts;

export type AccountSnapshot = Zod.infer<Zod.ZodObject<typeof accountShape>> & { facts: Record<string, SettledFact> };
export type Snapshot = Zod.infer<SnapshotSchema>;

/** One account of a snapshot: named at once, its facts read (and, read an account at a time, checked) when its audit asks for them. */
export interface SnapshotEntry {
  account: AccountSnapshot['account'];
  read(): Promise<AccountSnapshot>;
}

/** What a snapshot holds, one account or many, in one shape. */
export interface LoadedSnapshot {
  collectedAt: string;
  organization?: { id: string; managementAccountId: string };
  notListed?: { after: number; kind: ErrorKind; message: string };
  accounts: SnapshotEntry[];
}

/** A snapshot of many accounts (past LARGE_INPUT_BYTES) is read an account at a time: validated as it is parsed and let go, read again from its place when its audit opens it. */
export const STREAM_FROM_BYTES = LARGE_INPUT_BYTES;

/** Loads and validates a snapshot: the envelope, then every fact against its own schema. */
export async function loadSnapshot(file: string, streamFrom = STREAM_FROM_BYTES): Promise<LoadedSnapshot> {
  if (file.endsWith('.json') && sizeOf(file) >= streamFrom) {
    const streamed = await streamSnapshot(file);
    if (streamed) return streamed;
  }
  return loadWhole(file);
}

async function loadWhole(file: string): Promise<LoadedSnapshot> {
  const loaded = await loadStructuredFile(file, 'snapshot');
  await validateFile(z.object(envelope), loaded, 'snapshot'); // is it a snapshot at all, of a version this build reads?
  // One shape or the other, chosen by its key: a union would place every error at the top level.
  const severalAccounts = typeof loaded.data === 'object' && loaded.data !== null && 'accounts' in loaded.data;
  const snapshot: Snapshot = await validateFile<Snapshot>(severalAccounts ? manyAccounts : oneAccount, loaded, 'snapshot');
  const many = 'accounts' in snapshot;
  const accounts: AccountSnapshot[] = many ? snapshot.accounts : [{ account: snapshot.account, regions: snapshot.regions, facts: snapshot.facts }];
  for (const [index, entry] of accounts.entries()) await validateAccount(entry, file, loaded, many ? ['accounts', index] : []);
  refuseTwice(file, accounts.map((entry) => entry.account.id));
  return { collectedAt: snapshot.collectedAt, ...(many && snapshot.organization ? { organization: snapshot.organization } : {}), ...(many && snapshot.notListed ? { notListed: snapshot.notListed } : {}), accounts: accounts.map((entry) => ({ account: entry.account, read: () => Promise.resolve(entry) })) };
}

/** A snapshot refused for one thing, at its place. */
const invalidSnapshot = (en: string, ja: string) => invalidFile('snapshot', `  ${en}`, `  ${ja}`);

/** The first account id written a second time, if any. */
function twiceIn(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return ids.find((id) => seen.size === seen.add(id).size);
}

function refuseTwice(file: string, ids: readonly string[]): void {
  const twice = twiceIn(ids);
  if (twice) throw invalidSnapshot(`${file}: account ${twice} appears twice`, `${file}: アカウント ${twice} が二度あります`);
}

const ENVELOPE_KEYS = new Set(['format', 'version', 'collectedAt', 'organization', 'notListed', 'accounts']);

/**
 * A snapshot of several accounts, read an account at a time: where each account sits, and its `account`
 * object, are found by reading only JSON's structure; the accounts are named from those objects alone,
 * and each account is parsed and checked when its audit opens it (parsed once: checking every account
 * first, then parsing it again to audit it, was a tenth of the audit of a thousand accounts). Anything
 * it does not take as it is (not JSON, a key twice, not several accounts, a key it does not know at the
 * top, an account it cannot name) is undefined: the file is then read whole, which says what is wrong,
 * where, in the same words.
 */
async function streamSnapshot(file: string): Promise<LoadedSnapshot | undefined> {
  const seen = fileState(file);
  const split = splitJsonArray(file, 'accounts', { field: 'account' });
  if (!split || split.items.length === 0) return undefined;
  const top = parsedJsonObject(split.envelope);
  if (!top || Object.keys(top).some((key) => !ENVELOPE_KEYS.has(key))) return undefined;
  delete top.accounts;
  // Located only on error, by reading the file whole then.
  const loaded: LoadedFile = { file, data: top, locator: async () => (await loadStructuredFile(file, 'snapshot')).locator() };
  await validateFile(z.object(envelope), loaded, 'snapshot'); // is it a snapshot at all, of a version this build reads?
  const places: AccountPlace[] = [];
  const named = readRanges(file, split.items.map((item) => item.field ?? { start: 0, end: 0 }));
  for (const [index, place] of split.items.entries()) {
    const account = place.field && parsedJsonObject((named[index] as Buffer).toString('utf8'));
    if (!account || !accountSchema.shape.account.safeParse(account).success) return undefined;
    places.push({ account: account as AccountSnapshot['account'], start: place.start, end: place.end, keys: place.keys });
  }
  // An account twice is refused once every account is checked (what the whole reading says first): read whole.
  if (twiceIn(places.map((place) => place.account.id)) !== undefined) return undefined;
  const snapshot = await validateFile(manyAccounts.omit({ accounts: true }), loaded, 'snapshot');
  return {
    collectedAt: snapshot.collectedAt,
    ...(snapshot.organization ? { organization: snapshot.organization } : {}),
    ...(snapshot.notListed ? { notListed: snapshot.notListed } : {}),
    accounts: places.map((place, index) => ({ account: place.account, read: () => readAccountAt(file, place, index, loaded, seen) })),
  };
}

/** Where an account sits in a snapshot read an account at a time, the account it names there, and the keys its text writes. */
interface AccountPlace {
  account: AccountSnapshot['account'];
  start: number;
  end: number;
  keys: number;
}

/** What tells that a file was written to since it was first read. */
type FileState = string;
const fileState = (file: string): FileState => {
  const { size, mtimeNs, ino } = statSync(file, { bigint: true });
  return `${ino}:${size}:${mtimeNs}`;
};

/**
 * An account's text, read from where the snapshot held it, and checked as the whole reading checks it.
 * What is read there is what is checked and audited: if the file changed since it was named (it now
 * names another account there, or is written to since), it is refused as changed, not as invalid.
 */
async function readAccountAt(file: string, place: AccountPlace, index: number, loaded: LoadedFile, seen: FileState): Promise<AccountSnapshot> {
  const changed = () => new InputError(`${file}: the snapshot changed while it was being read (account ${place.account.id}): audit it again`, `${file}: 読み取り中にスナップショットが変更されました(アカウント ${place.account.id}): 監査をやり直してください`);
  const item = parsedJsonObject(readRange(file, place.start, place.end).toString('utf8'), place.keys);
  if (fileState(file) !== seen) throw changed(); // and so its keys are those counted when it was named
  if (!item) {
    await loadWhole(file); // says what is wrong, and where
    throw changed(); // whole, it is right: written to, and back, since
  }
  const prefix = ['accounts', index];
  await validateFile<AccountSnapshot>(accountSchema, loaded, 'snapshot', prefix, item);
  // The schema's output is its input here (strict objects, nothing stripped; a fact either { value } or { error }):
  // the parsed text is audited, and zod's copy of it let go at once, young (held through the audit, it was more to collect).
  const entry = item as AccountSnapshot;
  if (JSON.stringify(entry.account) !== JSON.stringify(place.account)) throw changed();
  await validateAccount(entry, file, loaded, prefix);
  return entry;
}

async function validateAccount(snapshot: AccountSnapshot, file: string, loaded: LoadedFile, prefix: readonly PropertyKey[]): Promise<void> {
  const lineOf = () => loaded.locator();
  // Each fact is checked where nothing goes wrong without a promise or a path of its own (a snapshot of
  // 1,000 accounts checks ~200,000): its place is worked out, and the file located, only for an error.
  const pathOf = (stored: string) => [...prefix, 'facts', stored];
  const where = async (stored: string) => `${file}:${(await lineOf())(pathOf(stored)) ?? '?'}: ${[...prefix, 'facts'].map(String).join('.')}["${stored}"]`;
  for (const [stored, entry] of Object.entries(snapshot.facts)) {
    const { key, qualifier } = parseStoreKey(stored);
    if (!isFactKey(key)) {
      const at = await where(stored);
      throw invalidSnapshot(`${at}: unknown fact "${key}"`, `${at}: 不明なファクト "${key}"`);
    }
    if ((qualifierOf(key) === 'none') !== (qualifier === undefined)) {
      const at = await where(stored);
      throw qualifier === undefined ? invalidSnapshot(`${at}: needs a @qualifier`, `${at}: @修飾子が必要です`) : invalidSnapshot(`${at}: takes no @qualifier`, `${at}: @修飾子は付けられません`);
    }
    if (qualifier !== undefined && qualifierOf(key) === 'region' && !REGION_NAME.test(qualifier)) {
      const at = await where(stored);
      throw invalidSnapshot(`${at}: "${qualifier}" is not a region name`, `${at}: "${qualifier}" はリージョン名ではありません`);
    }
    if ('value' in entry && !factSchema(key).safeParse(entry.value).success) await validateFile<unknown>(factSchema(key), loaded, 'snapshot', [...pathOf(stored), 'value'], entry.value);
  }
  // The identity read is the snapshot's account: another one would judge root against the wrong ARN.
  const identity = snapshot.facts['sts.identity'];
  if (identity && 'value' in identity && (identity.value as { accountId: string }).accountId !== snapshot.account.id && snapshot.account.id !== 'unknown') {
    const path = [...prefix, 'facts', 'sts.identity'];
    const at = `${file}:${(await lineOf())(path) ?? '?'}: ${[...prefix, 'facts'].map(String).join('.')}["sts.identity"]`;
    const read = (identity.value as { accountId: string }).accountId;
    throw invalidSnapshot(`${at}: account ${read} is not the snapshot's account ${snapshot.account.id}`, `${at}: アカウント ${read} はスナップショットのアカウント ${snapshot.account.id} ではありません`);
  }
}

export function snapshotStore(snapshot: AccountSnapshot, file: string): FactStore {
  return new FactStore(staticLoader(snapshot.facts, `snapshot ${file}`));
}

export async function accountSnapshot(store: FactStore, account: AccountSnapshot['account'], regions: string[]): Promise<AccountSnapshot> {
  return { account, regions, facts: await store.entries() };
}

/** One account's snapshot as it always was; several (--org, --accounts) under `accounts`. */
export function buildSnapshot(accounts: AccountSnapshot[], collectedAt: Date, scope: Pick<LoadedSnapshot, 'organization' | 'notListed'> = {}): Snapshot {
  const envelopeOf = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, collectedAt: collectedAt.toISOString() } as const;
  const [only] = accounts;
  if (accounts.length === 1 && only && !scope.organization && !scope.notListed) return { ...envelopeOf, ...only };
  return { ...envelopeOf, ...(scope.organization ? { organization: scope.organization } : {}), ...(scope.notListed ? { notListed: scope.notListed } : {}), accounts };
}
