import { isCollectError } from '../../facts/errors.js';
import type { Facts } from '../../facts/store.js';
import { unless } from '../define.js';

export type RootState =
  | { kind: 'central' } // the organization manages root centrally and this account has no root credentials
  | { kind: 'member-unknown'; management: string } // no root credentials; only the management account can say whether root is managed centrally
  | { kind: 'credentials'; mfa: boolean; password: boolean; keys: boolean };

export const ROOT_READS = ['iam.accountSummary', 'iam.organizationsFeatures', 'organizations.organization'] as const;

/** IAM's answer to a member account: only the management account or a delegated administrator may list the features. */
const NOT_MANAGEMENT = /^AccountNotManagementOrDelegatedAdministrator/;

/**
 * Reads the root user's credentials from the account summary (the credential report's root row
 * says `not_supported` for the password, so it cannot be used). Centralized root access counts only
 * where the organization's feature list proves it. A member account cannot read that list: with no
 * root credentials, it is a question for the management account (never a pass, never an error); an
 * organization audit reads the list once there and judges every member with it.
 */
export async function rootState(facts: Facts<(typeof ROOT_READS)[number]>): Promise<RootState> {
  const summary = await facts.iam.accountSummary();
  const mfa = summary.AccountMFAEnabled === 1;
  // A field the summary lacks proves nothing: assume the credential exists.
  const keys = summary.AccountAccessKeysPresent !== 0;
  const password = summary.AccountPasswordPresent !== 0;
  if (!password && !keys) {
    try {
      const features = await facts.iam.organizationsFeatures();
      if (features.includes('RootCredentialsManagement')) return { kind: 'central' };
    } catch (error) {
      if (isCollectError(error) && NOT_MANAGEMENT.test(error.code)) {
        const organization = await unless(facts.organizations.organization(), 'not-enabled', 'access-denied');
        return { kind: 'member-unknown', management: organization?.managementAccountId ?? 'unknown' };
      }
      // Outside an organization, or refused: nothing proves central management, so the password can be recovered.
      if (!isCollectError(error, 'access-denied', 'not-enabled', 'not-found')) throw error;
    }
  }
  return { kind: 'credentials', mfa, password, keys };
}
