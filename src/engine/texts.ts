import type { LocalizedText, Result } from '../core/model.js';
import type { AccountAudit } from './run.js';

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
