/**
 * Positions in a JSON text that JSON.parse has read, found by scanning the text: linear, and without
 * building a tree (the YAML parser, which keeps positions, takes a minute and gigabytes on a 50 MB snapshot).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** From an opening quote to just after its closing one. */
function stringEnd(text: string, at: number): number {
  // From quote to quote (indexOf, not a character at a time): a quote ends the string unless an odd run of backslashes escapes it.
  for (let from = at + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The text of a string literal (most hold no escape: no parse for them). */
function stringValue(text: string, at: number, end: number): string {
  const inner = text.slice(at + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(at, end)) as string) : inner;
}

/** From the start of a value to just after it. */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first !== '{' && first !== '[') {
    while (at < text.length && !isSpace(text.charCodeAt(at)) && !',]}'.includes(text[at] as string)) at++;
    return at;
  }
  let depth = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = stringEnd(text, at);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return at + 1;
    }
    at++;
  }
  return at;
}

/** After a value and the space behind it: past a comma, or at the closing bracket. */
function nextItem(text: string, at: number): number {
  at = skipSpace(text, at);
  return text[at] === ',' ? skipSpace(text, at + 1) : at;
}

/** Where the value at a key path starts, or undefined where the path leads nowhere. */
function offsetOf(text: string, path: readonly PropertyKey[]): number | undefined {
  let at = skipSpace(text, 0);
  for (const key of path) {
    if (text[at] === '{') {
      at = skipSpace(text, at + 1);
      for (;;) {
        if (text[at] !== '"') return undefined;
        const keyEnd = stringEnd(text, at);
        const name = stringValue(text, at, keyEnd);
        at = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
        if (name === String(key)) break;
        at = nextItem(text, valueEnd(text, at));
      }
    } else if (text[at] === '[' && typeof key === 'number') {
      at = skipSpace(text, at + 1);
      for (let index = 0; index < key; index++) {
        if (text[at] === ']') return undefined;
        at = nextItem(text, valueEnd(text, at));
      }
      if (text[at] === ']') return undefined;
    } else {
      return undefined;
    }
  }
  return at;
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The 1-based line where the value at a key path starts. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const offset = offsetOf(text, path);
  return offset === undefined ? undefined : lineAt(text, offset);
}

/** The first key written twice in one object (JSON.parse keeps the last without a word): its name and line. */
export function firstDuplicateKey(text: string): { key: string; line: number } | undefined {
  const objects: (Set<string> | undefined)[] = []; // one per open bracket: a set of keys for an object, nothing for an array
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      const keys = objects.at(-1);
      // A string is a key where a colon follows it inside an object.
      if (keys && text[skipSpace(text, end)] === ':') {
        const key = stringValue(text, at, end);
        if (keys.has(key)) return { key, line: lineAt(text, at) };
        keys.add(key);
      }
      at = end;
      continue;
    }
    if (code === OPEN_BRACE) objects.push(new Set());
    else if (code === OPEN_BRACKET) objects.push(undefined);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) objects.pop();
    at++;
  }
  return undefined;
}

/** Every JSON string. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * The keys JSON text writes: outside its strings, valid JSON has a colon after each key and nowhere
 * else. Strings are cut out by a regular expression, which V8 runs as native code from its first use
 * (the scanner above runs interpreted in a short audit), and with a replacement text, not a match
 * object per string (those were ~280 MB of garbage for a snapshot of 1,000 accounts).
 */
function keysWritten(text: string): number {
  const structure = text.replace(JSON_STRING, '');
  let keys = 0;
  for (let at = structure.indexOf(':'); at !== -1; at = structure.indexOf(':', at + 1)) keys++;
  return keys;
}

/** The keys parsed JSON holds, in all its objects. */
function keysKept(data: unknown): number {
  let keys = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    if (!Array.isArray(value)) keys += children.length;
    for (const child of children) pending.push(child); // not push(...children): an array of 100,000 would overflow the stack
  }
  return keys;
}

/**
 * The first key written twice in one object of JSON text that parsed to `data`. JSON.parse keeps one of
 * the two, so the data then holds fewer keys than the text writes: the scanner that names the key and its
 * line runs only then.
 */
export function duplicateKeyIn(text: string, data: unknown, written = keysWritten(text)): { key: string; line: number } | undefined {
  return keysKept(data) === written ? undefined : firstDuplicateKey(text);
}

/**
 * JSON text as the whole reading takes it, or undefined where it would refuse it: not JSON, a key written
 * twice, not an object. `keysWritten`: the keys the text writes, where they were counted already.
 */
export function parsedJsonObject(text: string, keysWritten?: number): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || duplicateKeyIn(text, data, keysWritten)) return undefined;
  return data as Record<string, unknown>;
}
