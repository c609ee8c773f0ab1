import { Readable } from 'node:stream';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { describe, expect, it } from 'vitest';
import { AwsSession, responseDeadlineMs } from '../../src/aws/session.js';
import { TEST_CREDENTIALS } from './live-helpers.js';

describe("a call's deadlines", () => {
  it('end with its answer: nothing of the call waits for them to pass (each call kept a timer and a signal to the deadline)', async () => {
    const signals: AbortSignal[] = [];
    const handler = {
      async handle(_request: unknown, options?: { abortSignal?: AbortSignal }) {
        if (options?.abortSignal) signals.push(options.abortSignal);
        return { response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from('{"detectorIds": []}')]) } };
      },
    };
    const options = { credentials: TEST_CREDENTIALS, requestHandler: handler, requestTimeoutMs: 25, maxAttempts: 2 };
    const session = new AwsSession({ ...options, deadline: Date.now() + 3_600_000 });
    const client = session.client(GuardDutyClient, 'guardduty', 'us-east-1');
    for (let call = 0; call < 5; call += 1) await session.send(client, 'guardduty', new ListDetectorsCommand({}));
    expect(signals).toHaveLength(5);
    // Past the whole answer's deadline: a timer still running would abort the signal of a call answered long ago.
    await new Promise((resolve) => setTimeout(resolve, responseDeadlineMs(options) + 100));
    expect(signals.filter((signal) => signal.aborted)).toEqual([]);
  });
});
