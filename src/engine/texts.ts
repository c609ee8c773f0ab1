import type { LocalizedText, Result } from '../core/model.js';
import type { AccountAudit } from './run.js';
import type { JsonResult } from '../report/schema.js';
import type { ReportAccount } from './report.js';

/**
 * Results kept for the report of many accounts hold one copy of each text. The same texts come back
 * account after account (a region's finding, the fix for it, an ERROR's advice): made anew by each
 * account's checks, they are swapped for the copy already held, and the new one is let go at once.
 */
export function textPool(): (audit: AccountAudit) => AccountAudit {
  const held = new Map<string, LocalizedText>();
  const share = (text: LocalizedText): LocalizedText => {
    const key = `${text.en}\u0000${text.ja}`;
    const kept = held.get(key);
    if (kept) return kept;
    held.set(key, text);
    return text;
  };
  const shareResult = (result: Result): Result => ({ ...result, message: share(result.message), ...(result.remediation ? { remediation: share(result.remediation) } : {}) });
  return (audit) => ({ ...audit, results: audit.results.map(shareResult) });
}

/** The same for accounts as a report holds them (a spread audit's coordinator gets them from its processes). */
export function reportTextPool(): (account: ReportAccount) => ReportAccount {
  const held = new Map<string, unknown>();
  const share = <T>(key: string, value: T): T => {
    const kept = held.get(key) as T | undefined;
    if (kept !== undefined) return kept;
    held.set(key, value);
    return value;
  };
  const text = (value: string) => share(`t\u0000${value}`, value);
  const shareResult = (result: JsonResult): JsonResult => ({
    ...result,
    message: text(result.message),
    messages: share(`m\u0000${result.messages.en}\u0000${result.messages.ja}`, result.messages),
    title: text(result.title),
    remediation: text(result.remediation),
    docs: text(result.docs),
  });
  return (account) => ({ ...account, results: account.results.map(shareResult) });
}
