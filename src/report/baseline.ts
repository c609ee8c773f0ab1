import type { Lang } from '../core/model.js';
import type { BaselineEntry, JsonReport, JsonResult } from './schema.js';

type Block = NonNullable<JsonReport['baseline']>;
const COUNTS = {
  en: (block: Block) => `${block.new} new, ${block.fixed.length} fixed, ${block.known} known`,
  ja: (block: Block) => `新規 ${block.new} 件、修正済み ${block.fixed.length} 件、既知 ${block.known} 件`,
} as const;

/** What every format says of a report read against a baseline (--baseline). */
export const BASELINE_WORDS = {
  en: {
    new: 'new',
    known: (since: string) => `known since ${since}`,
    fixed: 'fixed',
    wholeAccount: 'account',
    counts: COUNTS.en,
    headline: (block: Block) => `Baseline ${block.file}: ${COUNTS.en(block)}${block.unjudged ? ` (${block.unjudged} not judged by this audit)` : ''}`,
    fixedTitle: 'Fixed since the baseline',
    newTitle: 'New failing checks',
    knownTitle: 'Known failing checks (in the baseline)',
  },
  ja: {
    new: '新規',
    known: (since: string) => `既知(${since} から)`,
    fixed: '修正済み',
    wholeAccount: 'アカウント全体',
    counts: COUNTS.ja,
    headline: (block: Block) => `ベースライン ${block.file}: ${COUNTS.ja(block)}${block.unjudged ? `(この監査で判定しなかったもの ${block.unjudged} 件)` : ''}`,
    fixedTitle: 'ベースラインから修正されたもの',
    newTitle: '新たに FAIL したチェック',
    knownTitle: '既知の FAIL(ベースラインにあるもの)',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

/** A FAIL's place against the baseline, in words ('' without one). */
export function baselineMark(result: Pick<JsonResult, 'baseline'>, lang: Lang): string {
  const mark = result.baseline;
  if (!mark) return '';
  return mark.state === 'known' ? BASELINE_WORDS[lang].known(mark.since) : BASELINE_WORDS[lang].new;
}

/** A fixed entry as one line: where it was, and since when it had been known. */
export function fixedLine(entry: BaselineEntry, lang: Lang): string {
  const resource = entry.resource === 'account' ? BASELINE_WORDS[lang].wholeAccount : entry.resource === 'region' ? '' : entry.resource;
  const place = entry.region === 'global' ? resource : `${entry.region} ${resource}`.trim();
  return `${entry.account} ${entry.check} ${place} (${BASELINE_WORDS[lang].known(entry.since)})`;
}

export const isKnown = (result: Pick<JsonResult, 'baseline'>) => result.baseline?.state === 'known';
