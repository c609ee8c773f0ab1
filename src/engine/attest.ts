import { ENGINE_TEXT, localize } from '../core/i18n.js';
import type { Result } from '../core/model.js';

export interface Attestation {
  check: string;
  by: string;
  date: string;
  expires?: string;
  note?: string;
}

/** YYYY-MM-DD compared with the audit's clock in UTC: an attestation holds through its expiry day. */
export function isExpired(expires: string | undefined, now: Date): boolean {
  return expires !== undefined && expires < now.toISOString().slice(0, 10);
}

/** A person's word turns MANUAL into PASS, attributed to them, until it expires. */
export function applyAttestations(results: Result[], attestations: Attestation[], now: Date): Result[] {
  return results.map((result) => {
    if (result.status !== 'MANUAL') return result;
    const attestation = attestations.find((entry) => entry.check === result.checkId && !isExpired(entry.expires, now) && entry.date <= now.toISOString().slice(0, 10));
    if (!attestation) return result;
    const note = attestation.note ? `: ${attestation.note}` : '';
    return {
      ...result,
      status: 'PASS',
      messageKey: 'engine.attested',
      message: localize(ENGINE_TEXT.attested, { by: attestation.by, date: attestation.date, note }),
      attestation: { by: attestation.by, date: attestation.date, ...(attestation.expires ? { expires: attestation.expires } : {}), ...(attestation.note ? { note: attestation.note } : {}) },
    };
  });
}
