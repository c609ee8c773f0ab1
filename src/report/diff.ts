import type { z as Zod } from 'zod';
import { readableDate } from '../core/i18n.js';
import { LANGS, type Lang, SEVERITIES } from '../core/model.js';
import { z } from '../core/zod.js';
import { markdownText, printable } from './neutral.js';

/** `aws-baseline diff OLD.json NEW.json`: its JSON (schema/diff.schema.json is generated from this). */
const item = z.strictObject({
  region: z.string(),
  resource: z.string(),
  message: z.string().optional().describe('in the newer report (none for a fixed finding)'),
  since: z.iso.date().optional().describe('the day the finding first failed, as far as the older report knew'),
});

const diffCheck = z.strictObject({
  check: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  new: z.array(item).describe('unsuppressed FAILs the older report did not have'),
  fixed: z.array(item).describe('FAILs of the older report judged again without a FAIL, nothing of them left unread'),
  stillFailing: z.array(item),
  newlyError: z.array(item).describe('what the newer report could not read, and the older could'),
});

export const diffSchema = z.strictObject({
  format: z.literal('aws-baseline-diff'),
  version: z.literal(1),
  tool: z.strictObject({ name: z.literal('aws-baseline'), version: z.string() }),
  lang: z.enum(LANGS),
  old: z.strictObject({ file: z.string(), finishedAt: z.iso.datetime() }),
  new: z.strictObject({ file: z.string(), finishedAt: z.iso.datetime() }),
  failOn: z.enum([...SEVERITIES, 'none']),
  exitCode: z.number().int(),
  summary: z.strictObject({
    new: z.number().int().nonnegative(),
    fixed: z.number().int().nonnegative(),
    stillFailing: z.number().int().nonnegative(),
    newlyError: z.number().int().nonnegative(),
    unjudged: z.number().int().nonnegative().describe('FAILs of the older report that the newer did not judge (other accounts, checks or regions, or unread)'),
  }),
  accounts: z.array(z.strictObject({ id: z.string(), name: z.string().optional(), checks: z.array(diffCheck) })),
});

export type ReportDiff = Zod.infer<typeof diffSchema>;
export type DiffCheck = Zod.infer<typeof diffCheck>;
export type DiffItem = Zod.infer<typeof item>;

const WORDS = {
  en: {
    heading: 'aws-baseline diff',
    headline: (s: ReportDiff['summary']) => `${s.new} new, ${s.fixed} fixed, ${s.stillFailing} still failing, ${s.newlyError} newly ERROR${s.unjudged ? ` (${s.unjudged} not judged by the newer report)` : ''}`,
    labels: { new: 'NEW', fixed: 'FIXED', stillFailing: 'STILL', newlyError: 'ERROR' },
    titles: { new: 'New', fixed: 'Fixed', stillFailing: 'Still failing', newlyError: 'Newly ERROR' },
    account: 'Account',
    check: 'Check',
    where: 'Where',
    count: 'Findings',
    finding: 'Finding',
    wholeAccount: 'account',
    since: (day: string) => `since ${day}`,
    places: (count: number) => `${count} place(s)`,
    nothing: 'Nothing changed.',
    gate: 'Gate',
    exit: 'exit',
  },
  ja: {
    heading: 'aws-baseline 差分',
    headline: (s: ReportDiff['summary']) => `新規 ${s.new} 件、修正済み ${s.fixed} 件、継続中 ${s.stillFailing} 件、新たな ERROR ${s.newlyError} 件${s.unjudged ? `(新しいレポートで判定されなかったもの ${s.unjudged} 件)` : ''}`,
    labels: { new: '新規', fixed: '修正済み', stillFailing: '継続中', newlyError: 'ERROR' },
    titles: { new: '新規', fixed: '修正済み', stillFailing: '継続中の FAIL', newlyError: '新たな ERROR' },
    account: 'アカウント',
    check: 'チェック',
    where: '対象',
    count: '件数',
    finding: '検出内容',
    wholeAccount: 'アカウント全体',
    since: (day: string) => `${day} から`,
    places: (count: number) => `${count} 箇所`,
    nothing: '変化はありません。',
    gate: '判定',
    exit: '終了コード',
  },
} as const;

type Listed = 'new' | 'newlyError' | 'fixed';
const LISTED: readonly Listed[] = ['new', 'newlyError', 'fixed'];
const MAX_ROWS = 50;

function place(entry: DiffItem, lang: Lang): string {
  const resource = entry.resource === 'account' ? WORDS[lang].wholeAccount : entry.resource === 'region' ? '' : entry.resource;
  return entry.region === 'global' ? resource : `${entry.region} ${resource}`.trim();
}

/** Padded to a terminal's columns: a CJK character takes two (修正済み is eight columns wide, as FIXED is five). */
function padColumns(text: string, columns: number): string {
  const width = [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
  return `${text}${' '.repeat(Math.max(0, columns - width))}`;
}

function rows(diff: ReportDiff) {
  return diff.accounts.flatMap((account) => account.checks.map((check) => ({ account, check })));
}

/** The diff for a terminal or a CI log: what changed, account by account, then the gate. */
export function renderDiffText(diff: ReportDiff): string {
  const w = WORDS[diff.lang];
  const out = [`${w.heading}: ${printable(diff.old.file)} (${readableDate(diff.old.finishedAt, diff.lang)}) → ${printable(diff.new.file)} (${readableDate(diff.new.finishedAt, diff.lang)})`, printable(w.headline(diff.summary))];
  for (const account of diff.accounts) {
    const lines = account.checks.flatMap((check) => [
      ...LISTED.flatMap((kind) => check[kind].map((entry) => `  ${padColumns(w.labels[kind], 9)} ${check.severity.padEnd(8)} ${check.check}  ${printable(place(entry, diff.lang))}${entry.message ? `: ${printable(entry.message)}` : ''}${kind === 'fixed' && entry.since ? ` (${w.since(entry.since)})` : ''}`)),
      ...(check.stillFailing.length ? [`  ${padColumns(w.labels.stillFailing, 9)} ${check.severity.padEnd(8)} ${check.check}  (${w.places(check.stillFailing.length)})`] : []),
    ]);
    out.push('', `${w.account} ${account.id}${account.name ? ` ${printable(account.name)}` : ''}`, ...lines);
  }
  if (diff.accounts.length === 0) out.push('', w.nothing);
  out.push('', `${w.gate}: --fail-on ${diff.failOn} → ${w.exit} ${diff.exitCode}`);
  return `${out.join('\n')}\n`;
}

/** The diff for $GITHUB_STEP_SUMMARY or a merge-request comment: new, newly ERROR and fixed findings, then what still fails, by check. */
export function renderDiffMarkdown(diff: ReportDiff): string {
  const w = WORDS[diff.lang];
  const out = [`## ${w.heading}`, '', `\`${markdownText(diff.old.file)}\` (${readableDate(diff.old.finishedAt, diff.lang)}) → \`${markdownText(diff.new.file)}\` (${readableDate(diff.new.finishedAt, diff.lang)}) · ${w.gate}: \`--fail-on ${diff.failOn}\` → ${w.exit} ${diff.exitCode}`, '', `**${markdownText(w.headline(diff.summary))}**`];
  for (const kind of LISTED) {
    const listed = rows(diff).flatMap(({ account, check }) => check[kind].map((entry) => `| \`${account.id}\` | ${check.severity} \`${check.check}\` | ${markdownText(place(entry, diff.lang))} | ${markdownText(entry.message ?? (entry.since ? w.since(entry.since) : ''))} |`));
    if (listed.length === 0) continue;
    out.push('', `### ${w.titles[kind]}`, '', `| ${w.account} | ${w.check} | ${w.where} | ${w.finding} |`, '|---|---|---|---|', ...listed.slice(0, MAX_ROWS));
    if (listed.length > MAX_ROWS) out.push('', `… +${listed.length - MAX_ROWS}`);
  }
  const still = rows(diff).filter(({ check }) => check.stillFailing.length > 0);
  if (still.length > 0) {
    out.push('', `### ${w.titles.stillFailing}`, '', `| ${w.account} | ${w.check} | ${w.count} |`, '|---|---|---:|', ...still.slice(0, MAX_ROWS).map(({ account, check }) => `| \`${account.id}\` | ${check.severity} \`${check.check}\` | ${check.stillFailing.length} |`));
    if (still.length > MAX_ROWS) out.push('', `… +${still.length - MAX_ROWS}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderDiffJson(diff: ReportDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
