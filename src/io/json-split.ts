import { closeSync, openSync, readSync } from 'node:fs';

/** Where one element of the array sits in the file: its text is the bytes [start, end). */
export interface ItemPlace {
  start: number;
  end: number;
  /** Where the value of the field asked for sits, when it is an object: [start, end) too. */
  field?: { start: number; end: number };
  /** The keys its text writes, counted as its colons outside strings (a key written twice is then found by counting). */
  keys: number;
}

/** A JSON file whose top level is an object: its text without the array's elements, and where each element is. */
export interface SplitJson {
  /** The file's text with the array emptied (`"key": []`): JSON of everything else. */
  envelope: string;
  items: ItemPlace[];
}

const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const SKIPPED = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c]); // whitespace and the comma between elements

/**
 * Finds, in one pass over the bytes and a chunk at a time, where each object of the top-level array
 * `key` starts and ends, keeping only the rest of the file: each element is then parsed alone, with
 * the native JSON.parse, read again from its place when it is needed. Only JSON's structure is read
 * (strings, nesting), not its values: a file that is not a top-level object holding `key` once, as an
 * array of objects, is undefined, and the caller reads it whole, which says what is wrong and where.
 * A pure-JavaScript tokenizer (the snapshot reader's) reads every character; this reads ~10× faster,
 * which the merge of ten thousand accounts' reports (over a gigabyte) needs. With `field`, each element's
 * value of that key, where it is an object, is located too (a snapshot names its accounts from it).
 */
export function splitJsonArray(file: string, key: string, { chunkBytes = 1 << 20, field }: { chunkBytes?: number; field?: string } = {}): SplitJson | undefined {
  const wanted = Buffer.from(JSON.stringify(key));
  const wantedField = field === undefined ? undefined : Buffer.from(JSON.stringify(field));
  const kept: Buffer[] = [];
  const items: ItemPlace[] = [];
  const chunk = Buffer.alloc(chunkBytes);
  const fd = openSync(file, 'r');
  /** Whether the string at [start, end) of the file is this one (read again: rare, and short). */
  const isString = (string: Buffer | undefined, start: number, end: number) => {
    if (string === undefined || end - start !== string.length) return false;
    const bytes = Buffer.alloc(string.length);
    readSync(fd, bytes, 0, bytes.length, start);
    return bytes.equals(string);
  };
  let depth = 0;
  let inString = false;
  let escaped = false;
  let seenTop = false;
  let stringStart = -1;
  let keyBeforeArray = false; // the last string at depth 1 was the key asked for
  let arrayState: 'before' | 'inside' | 'after' = 'before';
  let itemStart = -1;
  let fieldBefore = false; // the last string in an element (at depth 3) was the field asked for
  let fieldStart = -1;
  let fieldPlace: ItemPlace['field'];
  let keys = 0;
  try {
    for (let base = 0; ; ) {
      const length = readSync(fd, chunk, 0, chunkBytes, base);
      if (length === 0) break;
      let keepFrom = 0; // the part of this chunk outside the array is kept from here (while keeping)
      let backslash = -1; // the next backslash of the chunk at or after where strings are read (-1: look again)
      for (let index = 0; index < length; index += 1) {
        const byte = chunk[index] as number;
        if (inString) {
          if (escaped) {
            escaped = false;
            continue;
          }
          if (byte === BACKSLASH) {
            escaped = true;
            continue;
          }
          if (byte !== QUOTE) {
            // Strings are most of a report: jump to the next quote or backslash rather than read each byte.
            if (backslash !== length && backslash < index) backslash = indexIn(chunk, BACKSLASH, index, length);
            index = Math.min(indexIn(chunk, QUOTE, index, length), backslash) - 1;
            continue;
          }
          inString = false;
          if (depth === 1) keyBeforeArray = isString(wanted, stringStart, base + index + 1);
          else if (depth === 3 && arrayState === 'inside') fieldBefore = isString(wantedField, stringStart, base + index + 1);
          continue;
        }
        if (byte === QUOTE) {
          if (depth === 2 && arrayState === 'inside') return undefined; // a string among the elements
          inString = true;
          stringStart = base + index;
          continue;
        }
        if (SKIPPED.has(byte)) {
          if (!seenTop && byte === 0x2c) return undefined;
          continue;
        }
        if (depth === 0 && seenTop) return undefined; // more after the top level
        if (!seenTop) {
          if (byte !== 0x7b) return undefined; // the top level is not an object
          seenTop = true;
        }
        if (OPEN.has(byte)) {
          depth += 1;
          if (depth === 2 && byte === 0x5b && keyBeforeArray) {
            if (arrayState !== 'before') return undefined; // the key twice
            arrayState = 'inside';
            kept.push(Buffer.from(chunk.subarray(keepFrom, index + 1)));
          } else if (depth === 3 && arrayState === 'inside') {
            if (byte !== 0x7b) return undefined; // an element that is not an object
            itemStart = base + index;
            fieldBefore = false;
            fieldStart = -1;
            fieldPlace = undefined;
            keys = 0;
          } else if (depth === 4 && arrayState === 'inside') {
            if (fieldBefore && byte === 0x7b && fieldPlace === undefined) fieldStart = base + index;
            fieldBefore = false;
          }
        } else if (CLOSE.has(byte)) {
          depth -= 1;
          if (depth < 0) return undefined;
          if (depth === 2 && arrayState === 'inside') {
            items.push({ start: itemStart, end: base + index + 1, keys, ...(fieldPlace ? { field: fieldPlace } : {}) });
          } else if (depth === 3 && arrayState === 'inside' && fieldStart !== -1) {
            fieldPlace = { start: fieldStart, end: base + index + 1 };
            fieldStart = -1;
          } else if (depth === 1 && arrayState === 'inside') {
            arrayState = 'after';
            keepFrom = index;
          }
        } else if (depth === 2 && arrayState === 'inside') {
          return undefined; // a number, true, false or null among the elements
        } else if (byte === COLON) {
          keys += 1; // counted everywhere, reset where each element starts
        }
      }
      if (arrayState !== 'inside') kept.push(Buffer.from(chunk.subarray(keepFrom, length)));
      base += length;
    }
  } finally {
    closeSync(fd);
  }
  if (depth !== 0 || inString || !seenTop || arrayState !== 'after') return undefined;
  return { envelope: Buffer.concat(kept).toString('utf8'), items };
}

/** The index of `byte` in the chunk's first `length` bytes from `from`, or `length`. */
function indexIn(chunk: Buffer, byte: number, from: number, length: number): number {
  const found = chunk.indexOf(byte, from);
  return found === -1 || found >= length ? length : found;
}
