import { liveStore } from '../../src/aws/live.js';
import { AwsSession } from '../../src/aws/session.js';
import type { FactKey } from '../../src/facts/catalog.js';

export const TEST_CREDENTIALS = async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'TOKEN-SHOULD-NEVER-LEAK' });

/** A fresh session and store per test: the memo must never hide a second call. */
export function freshStore(options: { sleeps?: number[]; needs?: ReadonlySet<FactKey> } = {}) {
  const session = new AwsSession({ credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const store = liveStore(session, {
    // Time passes at once, but what is in flight answers first (a mocked call is a few microtasks).
    sleep: async (ms) => {
      options.sleeps?.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
    now: () => new Date('2026-11-20T12:00:00Z'),
    ...(options.needs ? { needs: options.needs } : {}),
  });
  return { session, store };
}

export function awsError(name: string, message = `${name} happened`, status = 400): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status } });
}

export const IDENTITY = { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/auditor', UserId: 'AIDAEXAMPLE' };

/** A credential report as IAM writes it (IAM User Guide, "Getting credential reports"): its header, the root row, a user. */
export const CREDENTIAL_REPORT_CSV = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  '<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::123456789012:user/alice,2021-01-01T00:00:00+00:00,true,no_information,2021-01-01T00:00:00+00:00,N/A,false,true,2021-01-01T00:00:00+00:00,2026-11-19T09:30:00+09:00,ap-northeast-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');
