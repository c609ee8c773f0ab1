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
