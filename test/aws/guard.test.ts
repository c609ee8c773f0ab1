import { Readable } from 'node:stream';
import { CreateDetectorCommand, DeleteDetectorCommand, GuardDutyClient, ListDetectorsCommand, UpdateDetectorCommand } from '@aws-sdk/client-guardduty';
import { CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { isReadOnlyOperation, ReadOnlyViolation } from '../../src/aws/guard.js';
import { operationOf } from '../../src/aws/command.js';
import { AwsSession } from '../../src/aws/session.js';
import { TEST_CREDENTIALS } from './live-helpers.js';

/** A request handler that answers like GuardDuty would: the real middleware stack runs in front of it. */
function recordingHandler() {
  const requests: { method: string; path: string }[] = [];
  return {
    requests,
    handler: {
      async handle(request: { method: string; path: string }) {
        requests.push({ method: request.method, path: request.path });
        return {
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/json' },
            body: Readable.from([Buffer.from(JSON.stringify({ detectorIds: ['d1'] }))]),
          },
        };
      },
    },
  };
}

describe('read-only guard', () => {
  it('allows reads and the credential report, refuses everything else by name', () => {
    for (const operation of ['GetAccountSummary', 'ListDetectors', 'DescribeTrails', 'LookupEvents', 'GenerateCredentialReport', 'BatchGetProjects']) expect(isReadOnlyOperation(operation)).toBe(true);
    for (const operation of ['CreateDetector', 'UpdateTrail', 'DeleteUser', 'PutConfigurationRecorder', 'StartLogging', 'Getaway', 'Listen', 'Describe', 'BatchGetUserAccessTasks', 'StartBuild']) expect(isReadOnlyOperation(operation)).toBe(false);
  });

  it('lets a read through the real middleware stack, and records it', async () => {
    const { handler, requests } = recordingHandler();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    const client = session.client(GuardDutyClient, 'guardduty', 'us-east-1');
    const out = await session.send<{ DetectorIds?: string[] } & { $metadata: object }>(client, 'guardduty', new ListDetectorsCommand({}));
    expect(out.DetectorIds).toEqual(['d1']);
    expect(requests).toEqual([{ method: 'GET', path: '/detector' }]);
    expect(session.operations()).toEqual(['guardduty:ListDetectors']);
  });

  it('names an operation by its schema, not by a class name that a minifier may have changed', async () => {
    const { handler } = recordingHandler();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    const client = session.client(GuardDutyClient, 'guardduty', 'us-east-1');
    const Minified = class extends ListDetectorsCommand {};
    Object.defineProperty(Minified, 'name', { value: 'q' });
    const command = new Minified({});
    expect(command.constructor.name).toBe('q');
    expect(operationOf(command)).toBe('ListDetectors');
    await session.send(client, 'guardduty', command);
    expect(session.answeredOperations()).toEqual(['guardduty:ListDetectors']);
  });

  it('refuses mutating commands before anything is sent', async () => {
    const { handler, requests } = recordingHandler();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    const guardduty = session.client(GuardDutyClient, 'guardduty', 'us-east-1');
    const iam = session.client(IAMClient, 'iam', 'us-east-1');
    await expect(session.send(guardduty, 'guardduty', new CreateDetectorCommand({ Enable: true }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    await expect(session.send(guardduty, 'guardduty', new UpdateDetectorCommand({ DetectorId: 'd1', Enable: false }))).rejects.toThrow(/refused to send guardduty:UpdateDetector/);
    await expect(guardduty.send(new DeleteDetectorCommand({ DetectorId: 'd1' }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    await expect(iam.send(new CreateUserCommand({ UserName: 'intruder' }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(requests).toEqual([]);
    expect(session.operations()).toEqual([]);
  });

  it('sts:AssumeRole passes only on the client made for --org credentials', async () => {
    const { handler, requests } = recordingHandler();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
    const plain = session.client(STSClient, 'sts', 'us-east-1');
    await expect(plain.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/audit', RoleSessionName: 's' }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(requests).toEqual([]);
    const forRoles = session.client(STSClient, 'sts', 'us-east-1', new Set(['AssumeRole']));
    await forRoles.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/audit', RoleSessionName: 's' })).catch(() => undefined); // the canned answer is not STS's
    expect(requests).toHaveLength(1);
    expect(session.operations()).toEqual(['sts:AssumeRole']);
    await expect(forRoles.send(new DeleteDetectorCommand({ DetectorId: 'd1' }) as never)).rejects.toBeInstanceOf(ReadOnlyViolation);
  });
});
