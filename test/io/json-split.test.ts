import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitJsonArray } from '../../src/io/json-split.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-baseline-split-'));
let written = 0;
const write = (text: string) => {
  const file = join(dir, `file-${(written += 1)}.json`);
  writeFileSync(file, text);
  return file;
};

/** Each element's text, parsed again from the bytes of its place, and the envelope parsed. */
function readBack(file: string, text: string, chunkBytes?: number) {
  const split = splitJsonArray(file, 'accounts', chunkBytes === undefined ? {} : { chunkBytes });
  if (!split) return undefined;
  const bytes = Buffer.from(text);
  return { envelope: JSON.parse(split.envelope) as unknown, items: split.items.map((place) => JSON.parse(bytes.subarray(place.start, place.end).toString('utf8')) as unknown), keys: split.items.map((place) => place.keys) };
}

/** The keys of every object in a value. */
const keysIn = (value: unknown): number => (Array.isArray(value) ? value.reduce((sum: number, each) => sum + keysIn(each), 0) : typeof value === 'object' && value !== null ? Object.values(value).reduce((sum: number, each) => sum + 1 + keysIn(each), 0) : 0);

// Strings that hold JSON's structure (brackets, braces, quotes, escapes), a key named like the array
// deeper down and as a value, and multi-byte characters, which a chunk may cut in two.
const tricky = {
  before: 'a "quoted" [value] {with} \\ backslash \\" and "accounts"',
  nested: { accounts: [1, 2, 3], deeper: [{ accounts: 'not this one' }] },
  accounts: [
    { id: '111111111111', name: '日本語のアカウント 🚀', note: '}]}]"[{ "key": 1', path: [{ id: 'r-1', name: 'Root' }], empty: {}, list: [] },
    { id: '222222222222', escaped: 'a \\\\", b \\u005d \\n', numbers: [1.5e3, -2, 0], flags: [true, false, null] },
    {},
  ],
  after: ['accounts', { accounts: null }],
};

describe('splitJsonArray', () => {
  it('finds each element of the array and keeps the rest, whatever the layout and wherever chunks cut the bytes', () => {
    const { accounts, ...rest } = tricky;
    for (const text of [JSON.stringify(tricky, null, 2), JSON.stringify(tricky), JSON.stringify({ accounts, ...rest }, null, '\t')]) {
      const file = write(text);
      for (const chunkBytes of [1, 2, 3, 7, 64, undefined]) {
        const read = readBack(file, text, chunkBytes);
        expect(read?.items, `chunks of ${chunkBytes}`).toEqual(tricky.accounts);
        // Colons in strings are not keys; a key written twice would count twice (what the reader compares with what parsed).
        expect(read?.keys, `chunks of ${chunkBytes}`).toEqual(tricky.accounts.map(keysIn));
        expect(read?.envelope, `chunks of ${chunkBytes}`).toEqual({ ...tricky, accounts: [] });
      }
    }
  });

  it("locates each element's field where it is an object, wherever chunks cut the bytes", () => {
    const elements = [
      { id: 1, account: { id: '111111111111', name: '日本語 "}]" 🚀', ou: { path: [{ id: 'r-1' }] } }, facts: { account: { id: 'deeper: not this one' } } },
      { regions: ['account', { account: {} }], account: { id: '222222222222' } },
      { account: 'not an object' },
      { note: 'account', other: { id: 'a value named like the field is not the field' } },
      {},
    ];
    const text = JSON.stringify({ before: { account: {} }, accounts: elements, after: [{ account: {} }] }, null, 2);
    const file = write(text);
    const bytes = Buffer.from(text);
    for (const chunkBytes of [1, 3, 64, undefined]) {
      const split = splitJsonArray(file, 'accounts', { ...(chunkBytes === undefined ? {} : { chunkBytes }), field: 'account' });
      const fields = split?.items.map((place) => (place.field ? (JSON.parse(bytes.subarray(place.field.start, place.field.end).toString('utf8')) as unknown) : undefined));
      expect(fields, `chunks of ${chunkBytes}`).toEqual([elements[0]?.account, elements[1]?.account, undefined, undefined, undefined]);
    }
  });

  it('takes an empty array, and an array that is the last key', () => {
    const text = '{ "a": 1, "accounts": [ ] }';
    expect(readBack(write(text), text)).toEqual({ envelope: { a: 1, accounts: [] }, items: [], keys: [] });
  });

  it.each([
    ['a list at the top', '[{"accounts": []}]'],
    ['no such key', '{"other": [{}]}'],
    ['the key holding an object', '{"accounts": {"a": {}}}'],
    ['an element that is not an object', '{"accounts": [{}, 3]}'],
    ['an array among the elements', '{"accounts": [[{}]]}'],
    ['a string among the elements', '{"accounts": [{}, "x"]}'],
    ['the key twice', '{"accounts": [{}], "accounts": [{}]}'],
    ['more after the top level', '{"accounts": [{}]} {"b": 1}'],
    ['the file cut short', '{"accounts": [{"id": "1"}'],
    ['a string left open', '{"accounts": [{}], "a": "open'],
    ['one bracket too many', '{"accounts": [{}]}}'],
    ['an empty file', ''],
  ])('leaves %s to be read whole (undefined)', (_, text) => {
    expect(splitJsonArray(write(text), 'accounts')).toBeUndefined();
  });
});
