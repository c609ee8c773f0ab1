import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from './errors.js';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface LoadedFile {
  file: string;
  data: unknown;
  /** Where key paths start (1-based lines). Loads the YAML parser on first use: only errors need it. */
  locator(): Promise<LineOf>;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`${file}: cannot read the ${what}: ${reason}`);
  }
}

/** YAML's parser reads JSON too, and keeps positions. */
async function parseWithPositions(text: string) {
  const imported = await import('yaml');
  // Bundled, yaml arrives as a CommonJS module whose exports sit on `default`.
  const yaml = 'LineCounter' in imported ? imported : (imported as unknown as { default: typeof imported }).default;
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf: LineOf = (path) => {
    const node = doc.getIn(path.map((key) => (typeof key === 'symbol' ? String(key) : key)), true);
    return yaml.isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return { doc, lineCounter, lineOf };
}

/** Members written in a JSON text: each is one `:` outside a string (linear, no parse). */
function membersInText(text: string): number {
  let members = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x3a) members++;
  }
  return members;
}

/** Members of the parsed value: fewer than were written means a key was written twice in one object. */
function membersInValue(value: unknown): number {
  let members = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    const values = Array.isArray(next) ? (next as unknown[]) : Object.values(next);
    if (!Array.isArray(next)) members += values.length;
    for (const item of values) if (item !== null && typeof item === 'object') pending.push(item);
  }
  return members;
}

/**
 * Reads YAML or JSON. JSON is parsed natively (fast: snapshots are large); the YAML parser is loaded
 * only for YAML, for a syntax error, or to say on which line a value is wrong.
 */
export async function loadStructuredFile(file: string, what: string): Promise<LoadedFile> {
  const text = readText(file, what);
  const json = file.endsWith('.json');
  if (json) {
    let data: unknown;
    try {
      data = JSON.parse(text) as unknown;
    } catch (error) {
      // Said in JSON's terms, at JSON's line: a .json file is never judged as YAML.
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message)?.[1];
      const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
      throw new InputError(`${file}${line ? `:${line}` : ''}: the ${what} is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`);
    }
    // JSON.parse keeps the last of two equal keys without a word; YAML refuses them, and so does a JSON file.
    if (membersInText(text) !== membersInValue(data)) {
      const { doc, lineCounter } = await parseWithPositions(text);
      const duplicate = doc.errors.find((error) => error.code === 'DUPLICATE_KEY') ?? doc.errors[0];
      const line = duplicate ? lineCounter.linePos(duplicate.pos[0]).line : undefined;
      throw new InputError(`${file}${line ? `:${line}` : ''}: the ${what} is not valid: ${duplicate?.message.split('\n')[0] ?? 'a key appears twice in one object'}`);
    }
    let located: Promise<LineOf> | undefined;
    return { file, data, locator: () => (located ??= parseWithPositions(text).then((parsed) => parsed.lineOf)) };
  }
  const { doc, lineCounter, lineOf } = await parseWithPositions(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new InputError(`${file}${line ? `:${line}` : ''}: the ${what} is not valid ${json ? 'JSON' : 'YAML'}: ${syntax.message.split('\n')[0]}`);
  }
  try {
    return { file, data: doc.toJS({ maxAliasCount: 100 }) as unknown, locator: async () => lineOf };
  } catch (error) {
    // An alias bomb (aliases of aliases) would expand without end: refuse it, bounded.
    throw new InputError(`${file}: the ${what} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index ? '.' : ''}${String(key)}` : `["${String(key)}"]`))
    .join('');
}

/** Validates with zod and turns every issue into a located line; returns the typed value. */
export async function validateFile<T>(schema: z.ZodType<T>, loaded: LoadedFile, what: string, prefix: readonly PropertyKey[] = [], data: unknown = loaded.data): Promise<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lineOf = await loaded.locator();
  const lines = parsed.error.issues.slice(0, 20).flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const located = (at: readonly PropertyKey[], message: string) => {
      const line = lineOf(at) ?? lineOf(path);
      return `  ${loaded.file}${line ? `:${line}` : ''}: ${formatPath(at)}: ${message}`;
    };
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => located([...path, key], 'unknown key'));
    return [located(path, issue.message)];
  });
  const more = parsed.error.issues.length > 20 ? `\n  … and ${parsed.error.issues.length - 20} more` : '';
  throw new InputError(`invalid ${what}:\n${lines.join('\n')}${more}`);
}
