import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';
import { duplicateKeyIn, lineOfPath } from './json-text.js';

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

/**
 * Reads YAML or JSON. JSON is parsed natively and located by scanning its text (fast: snapshots are
 * large); the YAML parser is loaded only for YAML.
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
    const duplicate = duplicateKeyIn(text, data);
    if (duplicate) throw new InputError(`${file}:${duplicate.line}: the ${what} is not valid: the key ${JSON.stringify(duplicate.key)} appears twice in one object`);
    return { file, data, locator: async () => (path) => lineOfPath(text, path) };
  }
  const { doc, lineCounter, lineOf } = await parseWithPositions(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new InputError(`${file}${line ? `:${line}` : ''}: the ${what} is not valid YAML: ${syntax.message.split('\n')[0]}`);
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

/**
 * From this size on, a JSON input is large: a snapshot or a report to merge is read an account at a
 * time, and a snapshot audited in a process of its own (audit/capped.ts). Smaller files are read whole: faster.
 */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;

/** A file's size in bytes, or 0 where it cannot be told (it is then read whole, which says why it cannot be read). */
export function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The bytes [start, end) of a file: a large input's element, read again from its place. */
export function readRange(file: string, start: number, end: number): Buffer {
  const bytes = Buffer.alloc(end - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, start);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
