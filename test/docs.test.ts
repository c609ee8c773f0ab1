import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/engine/gate.js';

describe('docs/architecture.md', () => {
  it('names every folder of src/, and only those', () => {
    const text = readFileSync('docs/architecture.md', 'utf8');
    const table = text.slice(text.indexOf('<!-- folders:begin -->'), text.indexOf('<!-- folders:end -->'));
    const documented = [...table.matchAll(/^\| `src\/([a-z-]+)\/` \|/gm)].map((match) => match[1]).sort();
    const folders = readdirSync('src', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(documented).toEqual(folders);
    // The tree shows the roles: no file lies loose beside the folders.
    expect(readdirSync('src', { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual([]);
  });
});

describe('the exit codes', () => {
  it('the README table and docs/semantics.md name every code the gate returns', () => {
    const readme = readFileSync('README.md', 'utf8');
    const semantics = readFileSync('docs/semantics.md', 'utf8');
    for (const code of Object.values(EXIT)) {
      expect(readme, `README: exit ${code}`).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
      expect(semantics, `semantics: exit ${code}`).toMatch(new RegExp(`\\b${code} [a-z]`));
    }
  });
});
