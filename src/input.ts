import { readFileSync } from 'node:fs';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

import { InputError } from './errors.js';

export { InputError };

export interface LoadedFile {
  file: string;
  data: unknown;
  /** The 1-based line where a key path starts, when the parser knows it. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads YAML or JSON. JSON is parsed natively (fast, snapshots are large); YAML's parser, which reads
 * both and keeps positions, runs only for YAML or to locate an error.
 */
export function loadStructuredFile(file: string, what: string): LoadedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`${file}: cannot read the ${what}: ${reason}`);
  }
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return located;
  };
  let data: unknown;
  const json = file.endsWith('.json');
  try {
    data = json ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // fall through: YAML's parser says where
  }
  if (data === undefined) {
    const { doc, lineCounter } = locate();
    const syntax = doc.errors[0];
    if (syntax) {
      const line = lineCounter.linePos(syntax.pos[0]).line;
      throw new InputError(`${file}${line ? `:${line}` : ''}: the ${what} is not valid ${json ? 'JSON' : 'YAML'}: ${syntax.message.split('\n')[0]}`);
    }
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  }
  return {
    file,
    data,
    lineOf(path) {
      const { doc, lineCounter } = locate();
      const node = doc.getIn(path.map((key) => (typeof key === 'symbol' ? String(key) : key)), true);
      if (!isNode(node) || !node.range) return undefined;
      return lineCounter.linePos(node.range[0]).line;
    },
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index ? '.' : ''}${String(key)}` : `["${String(key)}"]`))
    .join('');
}

/** Validates with zod and turns every issue into a located line; returns the typed value. */
export function validateFile<T>(schema: z.ZodType<T>, loaded: LoadedFile, what: string, prefix: readonly PropertyKey[] = [], data: unknown = loaded.data): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 20).flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const located = (at: readonly PropertyKey[], message: string) => {
      const line = loaded.lineOf(at) ?? loaded.lineOf(path);
      return `  ${loaded.file}${line ? `:${line}` : ''}: ${formatPath(at)}: ${message}`;
    };
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => located([...path, key], 'unknown key'));
    return [located(path, issue.message)];
  });
  const more = parsed.error.issues.length > 20 ? `\n  … and ${parsed.error.issues.length - 20} more` : '';
  throw new InputError(`invalid ${what}:\n${lines.join('\n')}${more}`);
}
