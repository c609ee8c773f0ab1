import type { LocalizedText, Result } from '../core/model.js';
import type { AccountAudit } from './run.js';
import type { JsonResult } from '../report/schema.js';
import type { ReportAccount } from './report.js';

/**
 * What was seen before under the same pair of keys (a text's English and Japanese), else this value,
 * kept from now on: each text held once. The keys are looked up one after the other, not joined: a
 * joined key was a copy of both texts for every result (~100 ms of an audit of 1,000 accounts).
 */
function keptOnce<T>(): (first: string, second: string, value: T) => T {
  const held = new Map<string, Map<string, T>>();
  return (first, second, value) => {
    let seconds = held.get(first);
    if (!seconds) held.set(first, (seconds = new Map<string, T>()));
    const kept = seconds.get(second);
    if (kept !== undefined) return kept;
    seconds.set(second, value);
    return value;
  };
}

/**
 * Results kept for the report of many accounts hold one copy of each text. The same texts come back
 * account after account (a region's finding, the fix for it, an ERROR's advice): made anew by each
 * account's checks, they are swapped for the copy already held, and the new one is let go at once.
 */
export function textPool(): (audit: AccountAudit) => AccountAudit {
  const keep = keptOnce<LocalizedText>();
  const share = (text: LocalizedText): LocalizedText => keep(text.en, text.ja, text);
  // Swapped in place: an account's results are the engine's own, made for it alone (a copy of each was ~120,000
  // objects of garbage for a snapshot of 1,000 accounts). Each key keeps its place, so reports read the same.
  const shareResult = (result: Result): void => {
    result.message = share(result.message);
    if (result.remediation) result.remediation = share(result.remediation);
  };
  return (audit) => {
    audit.results.forEach(shareResult);
    return audit;
  };
}

/** The same for accounts as a report holds them (a spread audit's coordinator gets them from its processes). */
export function reportTextPool(): (account: ReportAccount) => ReportAccount {
  const keepText = keptOnce<string>();
  const keepMessages = keptOnce<JsonResult['messages']>();
  const text = (value: string) => keepText(value, '', value);
  const shareResult = (result: JsonResult): JsonResult => ({
    ...result,
    message: text(result.message),
    messages: keepMessages(result.messages.en, result.messages.ja, result.messages),
    title: text(result.title),
    remediation: text(result.remediation),
    docs: text(result.docs),
  });
  return (account) => ({ ...account, results: account.results.map(shareResult) });
}
