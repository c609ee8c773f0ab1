/**
 * The README's check reference, from the catalog: `npm run readme-checks` rewrites the table between
 * its markers, and a test fails when the README and the checks' own `passes` texts disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../src/checks/index.js';
import { decidingChecks, FRAMEWORKS } from '../src/checks/frameworks.js';

export const BEGIN = '<!-- checks:begin (npm run readme-checks) -->';
export const END = '<!-- checks:end -->';

export function checkTable(): string {
  const rows = CHECKS.map((check) => {
    const ids = [...(check.references.cis ?? []).map((id) => `CIS ${id}`), ...(check.references.fsbp ?? []).map((id) => `FSBP ${id}`)].join(', ') || '—';
    return `| \`${check.id}\` | ${check.severity} | ${check.scope} | ${check.text.en.passes.replace(/\|/g, '\\|')} | ${ids} |`;
  });
  return [BEGIN, '| id | severity | scope | passes when | CIS v3.0.0 / FSBP |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

export const FRAMEWORKS_BEGIN = '<!-- frameworks:begin (npm run readme-checks) -->';
export const FRAMEWORKS_END = '<!-- frameworks:end -->';

/** The coverage of AWS's Startup Security Baseline and of the CIS benchmark's account-level controls: each control, in both languages, and what decides it. */
export function frameworkTables(): string {
  const tables = (['ssb', 'cis'] as const).flatMap((id) => {
    const framework = FRAMEWORKS[id];
    const deciding = decidingChecks(framework, CHECKS);
    const rows = framework.controls.map((control) => {
      const checks = (deciding.get(control.id) ?? []).map((check) => `\`${check}\``);
      const decided = checks.length ? `${checks.join(', ')}${control.rest ? ` (the rest is manual: ${control.rest.en})` : ''}` : 'manual';
      return `| ${control.id} | ${control.title.en} | ${control.title.ja} | ${decided} |`;
    });
    return [`**${framework.title.en}** ([source](${framework.url}))`, '', '| control | title | タイトル | decided by |', '|---|---|---|---|', ...rows, ''];
  });
  return [FRAMEWORKS_BEGIN, ...tables, FRAMEWORKS_END].join('\n');
}

function replaceBetween(text: string, begin: string, end: string, replacement: string): string {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`README.md lacks the markers ${begin} … ${end}`);
  return `${text.slice(0, start)}${replacement}${text.slice(stop + end.length)}`;
}

export function withTable(readme: string): string {
  return replaceBetween(replaceBetween(readme, BEGIN, END, checkTable()), FRAMEWORKS_BEGIN, FRAMEWORKS_END, frameworkTables());
}

if (process.argv[1]?.endsWith('readme-checks.ts')) writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8')));
