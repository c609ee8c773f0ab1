import { createReadStream } from 'node:fs';
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';

/** The file is not a JSON object this reader takes as it is: the caller reads it whole, and says what is wrong. */
export class NotStreamable extends Error {}

/** A top-level key with its value (undefined for a key not asked for), or one element of the array. */
export type StreamedJson = { key: string; value: unknown } | { item: unknown; index: number; start: number; end: number };

interface Open {
  start: number;
  /** An object's keys so far (a key twice is refused, as JSON.parse would keep the last without a word). */
  keys?: Set<string>;
  expectKey: boolean;
}

/**
 * Reads a JSON file whose top level is an object, a chunk at a time, without ever holding it whole:
 * each element of the array under `arrayKey` is handed over as soon as it is parsed, with the byte range
 * its text takes in the file (to be read again from there), and let go; each other top-level key with
 * its value (the values of `valueKeys` only). Invalid JSON, a key twice in one object, or a top level
 * that is not an object: NotStreamable.
 */
export async function* streamJsonArray(file: string, arrayKey: string, valueKeys: readonly string[]): AsyncGenerator<StreamedJson> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: [`$.${arrayKey}.*`, ...valueKeys.map((key) => `$.${key}`)], keepStack: false });
  const ready: StreamedJson[] = [];
  const open: Open[] = [];
  let closed = { start: 0, end: 0 };
  let index = 0;
  tokenizer.onToken = (info) => {
    const { token, offset } = info;
    const top = open.at(-1);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      if (!top && token !== TokenType.LEFT_BRACE) throw new NotStreamable('the top level is not an object');
      open.push({ start: offset, ...(token === TokenType.LEFT_BRACE ? { keys: new Set<string>() } : {}), expectKey: token === TokenType.LEFT_BRACE });
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      closed = { start: open.pop()?.start ?? 0, end: offset + 1 };
    } else if (!top) {
      throw new NotStreamable('the top level is not an object');
    } else if (token === TokenType.COMMA) {
      top.expectKey = top.keys !== undefined;
    } else if (token === TokenType.STRING && top.expectKey && top.keys) {
      const key = info.value as string;
      if (top.keys.has(key)) throw new NotStreamable(`the key ${key} twice`);
      top.keys.add(key);
      top.expectKey = false;
      if (open.length === 1 && key !== arrayKey && !valueKeys.includes(key)) ready.push({ key, value: undefined });
    }
    parser.write(info);
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 2) {
      if (!Array.isArray(parent)) throw new NotStreamable(`${arrayKey} is not an array`);
      ready.push({ item: value, index: index++, ...closed });
    }
    else if (typeof key === 'string') ready.push({ key, value });
  };
  parser.onError = (error) => {
    throw new NotStreamable(error.message);
  };
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      tokenizer.write(chunk as Buffer);
      yield* ready.splice(0);
    }
    tokenizer.end();
  } catch (error) {
    throw error instanceof NotStreamable ? error : new NotStreamable(error instanceof Error ? error.message : String(error));
  }
  if (!parser.isEnded) throw new NotStreamable('the file ends inside its top level');
}
