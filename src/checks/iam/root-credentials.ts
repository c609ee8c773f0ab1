import type { Facts } from '../../facts/store.js';
import { unless } from '../define.js';

export type RootState =
  | { kind: 'central' } // the organization manages root centrally and this account has no root credentials
  | { kind: 'credentials'; mfa: boolean; password: boolean; keys: boolean };

/**
 * Reads the root user's credentials from the account summary (the credential report's root row
 * says `not_supported` for the password, so it cannot be used). Centralized root access counts only
 * where the organization's feature list proves it; an unreadable list proves nothing.
 */
export async function rootState(facts: Facts<(typeof ROOT_READS)[number]>): Promise<RootState> {
  const summary = await facts.iam.accountSummary();
  const mfa = summary.AccountMFAEnabled === 1;
  // A field the summary lacks proves nothing: assume the credential exists.
  const keys = summary.AccountAccessKeysPresent !== 0;
  const password = summary.AccountPasswordPresent !== 0;
  if (!password && !keys) {
    const features = await unless(facts.iam.organizationsFeatures(), 'access-denied', 'not-enabled', 'not-found');
    if (features?.includes('RootCredentialsManagement')) return { kind: 'central' };
  }
  return { kind: 'credentials', mfa, password, keys };
}

export const ROOT_READS = ['iam.accountSummary', 'iam.organizationsFeatures'] as const;
