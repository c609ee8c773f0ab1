import type { LocalizedText, Result } from '../core/model.js';
import type { AccountAudit } from './run.js';
import type { JsonResult } from '../report/schema.js';
import type { ReportAccount } from './report.js';

/** What was seen before under a key, else this value, kept from now on: each text held once. */
function keptOnce(): <T>(key: string, value: T) => T {
  const held = new Map<string, unknown>();
  return <T>(key: string, value: T): T => {
    if (held.has(key)) return held.get(key) as T;
    held.set(key, value);
    return value;
  };
}

/**
 * Results kept for the report of many accounts hold one copy of each text. The same texts come back
 * account after account (a region's finding, the fix for it, an ERROR's advice): made anew by each
 * account's checks, they are swapped for the copy already held, and the new one is let go at once.
 */
export function textPool(): (audit: AccountAudit) => AccountAudit {
  const keep = keptOnce();
  const share = (text: LocalizedText): LocalizedText => keep(`${text.en}\u0000${text.ja}`, text);
  const shareResult = (result: Result): Result => ({ ...result, message: share(result.message), ...(result.remediation ? { remediation: share(result.remediation) } : {}) });
  return (audit) => ({ ...audit, results: audit.results.map(shareResult) });
}

/** The same for accounts as a report holds them (a spread audit's coordinator gets them from its processes). */
export function reportTextPool(): (account: ReportAccount) => ReportAccount {
  const keep = keptOnce();
  const text = (value: string) => keep(`t\u0000${value}`, value);
  const shareResult = (result: JsonResult): JsonResult => ({
    ...result,
    message: text(result.message),
    messages: keep(`m\u0000${result.messages.en}\u0000${result.messages.ja}`, result.messages),
    title: text(result.title),
    remediation: text(result.remediation),
    docs: text(result.docs),
  });
  return (account) => ({ ...account, results: account.results.map(shareResult) });
}
