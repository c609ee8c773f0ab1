import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';
import { japaneseIssues } from '../core/i18n.js';
import { duplicateKeyIn, lineOfPath } from './json-text.js';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** What a file is, in the words of the errors about it. */
const FILE_KINDS = {
  snapshot: { en: 'snapshot', ja: 'スナップショット' },
  config: { en: 'config file', ja: '設定ファイル' },
  report: { en: 'JSON report', ja: 'JSON レポート' },
  history: { en: 'JSON report (--history)', ja: 'JSON レポート(--history)' },
  baseline: { en: 'baseline file', ja: 'ベースラインファイル' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** Why a file could not be read, said for a person where the system's code has a plain meaning. */
function unreadable(error: unknown): { en: string; ja: string } {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return { en: 'no such file', ja: 'ファイルがありません' };
    case 'EISDIR':
      return { en: 'it is a folder, not a file', ja: 'ファイルではなくフォルダーです' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', ja: '読み取りが許可されていません' };
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return { en: message, ja: message };
    }
  }
}

export interface LoadedFile {
  file: string;
  data: unknown;
  /** Where key paths start (1-based lines). Loads the YAML parser on first use: only errors need it. */
  locator(): Promise<LineOf>;
}

function readText(file: string, what: FileKind): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = unreadable(error);
    throw new InputError(`${file}: cannot read the ${FILE_KINDS[what].en}: ${reason.en}`, `${file}: ${FILE_KINDS[what].ja}を読めません: ${reason.ja}`);
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
export async function loadStructuredFile(file: string, what: FileKind): Promise<LoadedFile> {
  const text = readText(file, what);
  const kind = FILE_KINDS[what];
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
      const at = `${file}${line ? `:${line}` : ''}`;
      const detail = message.replace(/\s*\(line \d+ column \d+\)/, '');
      throw new InputError(`${at}: the ${kind.en} is not valid JSON: ${detail}`, `${at}: ${kind.ja}が JSON として正しくありません: ${detail}`);
    }
    // JSON.parse keeps the last of two equal keys without a word; YAML refuses them, and so does a JSON file.
    const duplicate = duplicateKeyIn(text, data);
    if (duplicate) {
      const key = JSON.stringify(duplicate.key);
      throw new InputError(
        `${file}:${duplicate.line}: the ${kind.en} is not valid: the key ${key} appears twice in one object`,
        `${file}:${duplicate.line}: ${kind.ja}が正しくありません: キー ${key} が一つのオブジェクトに二度あります`,
      );
    }
    return { file, data, locator: async () => (path) => lineOfPath(text, path) };
  }
  const { doc, lineCounter, lineOf } = await parseWithPositions(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    const at = `${file}${line ? `:${line}` : ''}`;
    const detail = syntax.message.split('\n')[0] ?? '';
    throw new InputError(`${at}: the ${kind.en} is not valid YAML: ${detail}`, `${at}: ${kind.ja}が YAML として正しくありません: ${detail}`);
  }
  try {
    return { file, data: doc.toJS({ maxAliasCount: 100 }) as unknown, locator: async () => lineOf };
  } catch (error) {
    // An alias bomb (aliases of aliases) would expand without end: refuse it, bounded.
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`${file}: the ${kind.en} could not be read: ${detail}`, `${file}: ${kind.ja}を読めません: ${detail}`);
  }
}

export function formatPath(path: readonly PropertyKey[], topLevel = '(top level)'): string {
  if (path.length === 0) return topLevel;
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index ? '.' : ''}${String(key)}` : `["${String(key)}"]`))
    .join('');
}

const SHOWN_ISSUES = 20;
const VALIDATION_WORDS = {
  en: { topLevel: '(top level)', unknownKey: 'unknown key', more: (count: number) => `\n  … and ${count} more` },
  ja: { topLevel: '(最上位)', unknownKey: '不明なキー', more: (count: number) => `\n  … ほか ${count} 件` },
};

/** Validates with zod and turns every issue into a located line; returns the typed value. */
export async function validateFile<T>(schema: z.ZodType<T>, loaded: LoadedFile, what: FileKind, prefix: readonly PropertyKey[] = [], data: unknown = loaded.data): Promise<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lineOf = await loaded.locator();
  const { issues } = parsed.error;
  const inJapanese = await japaneseIssues(schema, data, issues);
  const said = (lang: 'en' | 'ja') => {
    const words = VALIDATION_WORDS[lang];
    const lines = issues.slice(0, SHOWN_ISSUES).flatMap((issue, index) => {
      const path = [...prefix, ...issue.path];
      const located = (at: readonly PropertyKey[], message: string) => {
        const line = lineOf(at) ?? lineOf(path);
        return `  ${loaded.file}${line ? `:${line}` : ''}: ${formatPath(at, words.topLevel)}: ${message}`;
      };
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => located([...path, key], words.unknownKey));
      return [located(path, (lang === 'ja' ? inJapanese[index] : undefined) ?? issue.message)];
    });
    return `${lines.join('\n')}${issues.length > SHOWN_ISSUES ? words.more(issues.length - SHOWN_ISSUES) : ''}`;
  };
  throw invalidFile(what, said('en'), said('ja'));
}

/** A file refused for what it holds: "invalid snapshot:" (its kind), then each place and what is wrong there, indented. */
export function invalidFile(what: FileKind, en: string, ja: string): InputError {
  return new InputError(`invalid ${FILE_KINDS[what].en}:\n${en}`, `${FILE_KINDS[what].ja}が正しくありません:\n${ja}`);
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
  const [bytes] = readRanges(file, [{ start, end }]);
  return bytes as Buffer;
}

/** The bytes of each range [start, end) of a file, the file opened once. */
export function readRanges(file: string, ranges: readonly { start: number; end: number }[]): Buffer[] {
  const fd = openSync(file, 'r');
  try {
    return ranges.map(({ start, end }) => {
      const bytes = Buffer.allocUnsafe(end - start);
      const read = readSync(fd, bytes, 0, bytes.length, start);
      return bytes.subarray(0, read); // the file cut short since: what is there, which then does not parse
    });
  } finally {
    closeSync(fd);
  }
}

