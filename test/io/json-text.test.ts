import { describe, expect, it } from 'vitest';
import { duplicateKeyIn, firstDuplicateKey, lineOfPath } from '../../src/io/json-text.js';

const TEXT = `{
  "a": {"x": 1, "y": [10,
    20, {"z": "q\\\\"}]},
  "b\\"c": [ [], {}, "s:}]{[" ,
    null],
  "d": "last"
}`;

describe('positions in a JSON text, found by scanning', () => {
  it.each<[readonly PropertyKey[], number | undefined]>([
    [[], 1],
    [['a'], 2],
    [['a', 'y', 1], 3],
    [['a', 'y', 2, 'z'], 3],
    [['b"c', 3], 5],
    [['d'], 6],
    [['a', 'y', 3], undefined],
    [['missing'], undefined],
    [['d', 'deeper'], undefined],
    [['a', 0], undefined],
  ])('%j starts on line %s', (path, line) => {
    expect(JSON.parse(TEXT)).toBeTruthy();
    expect(lineOfPath(TEXT, path)).toBe(line);
  });

  it('finds the first key written twice in one object, not the same key in two objects, nor a string that looks like a key', () => {
    expect(firstDuplicateKey(TEXT)).toBeUndefined();
    expect(firstDuplicateKey('[{"k": 1}, {"k": 2}, "k", {"v": "k"}]')).toBeUndefined();
    expect(firstDuplicateKey('{"a": {"k": 1,\n "j": ["k", "k"],\n "k": 2}}')).toEqual({ key: 'k', line: 3 });
    expect(firstDuplicateKey('{"\\u006b": 1, "k": 2}')).toEqual({ key: 'k', line: 1 });
  });

  it.each<[string, { key: string; line: number } | undefined]>([
    [TEXT, undefined],
    ['[{"k": 1}, {"k": 2}, "k", {"v": "k"}]', undefined],
    ['{"a": {"k": 1,\n "j": ["k", "k"],\n "k": 2}}', { key: 'k', line: 3 }],
    ['{"\\u006b": 1, "k": 2}', { key: 'k', line: 1 }],
    // Strings that hold quotes, colons and backslashes are values, not keys.
    ['{"a": "x\\": y", "b": ["\\\\", ":z"], "c": "\\"\\""}', undefined],
    ['{"a": "\\"", "a" : 1}', { key: 'a', line: 1 }],
    ['{"__proto__": 1, "b": {"__proto__": {}}}', undefined],
    ['{"x": [{"k": null, "k": false}]}', { key: 'k', line: 1 }],
  ])('sees a key written twice in %s only where JSON.parse dropped one', (text, duplicate) => {
    expect(duplicateKeyIn(text, JSON.parse(text))).toEqual(duplicate);
    expect(firstDuplicateKey(text)).toEqual(duplicate);
  });
});
