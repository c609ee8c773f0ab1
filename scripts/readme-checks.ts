/**
 * The README's check reference, from the catalog: `npm run readme-checks` rewrites the table between
 * its markers, and a test fails when the README and the checks' own `passes` texts disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../src/checks/index.js';

export const BEGIN = '<!-- checks:begin (npm run readme-checks) -->';
export const END = '<!-- checks:end -->';

export function checkTable(): string {
  const rows = CHECKS.map((check) => {
    const ids = [...(check.references.cis ?? []).map((id) => `CIS ${id}`), ...(check.references.fsbp ?? []).map((id) => `FSBP ${id}`)].join(', ') || '—';
    return `| \`${check.id}\` | ${check.severity} | ${check.scope} | ${check.text.en.passes.replace(/\|/g, '\\|')} | ${ids} |`;
  });
  return [BEGIN, '| id | severity | scope | passes when | CIS v3.0.0 / FSBP |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

export function withTable(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`);
  return `${readme.slice(0, start)}${checkTable()}${readme.slice(end + END.length)}`;
}

if (process.argv[1]?.endsWith('readme-checks.ts')) writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8')));
