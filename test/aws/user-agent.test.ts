import { Readable } from 'node:stream';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsSession } from '../../src/aws/session.js';
import { TEST_CREDENTIALS } from './live-helpers.js';

/** Answers like GuardDuty, keeping each request's user agent (the real middleware stack runs in front of it). */
function userAgents() {
  const agents: string[] = [];
  const handler = {
    async handle(request: { headers: Record<string, string> }) {
      agents.push(`${request.headers['user-agent'] ?? ''} | ${request.headers['x-amz-user-agent'] ?? ''}`);
      return { response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from('{"detectorIds": []}')]) } };
    },
  };
  return { agents, handler };
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1'];
const realEnv = process.env;

describe('the user agent of every client of a session', () => {
  afterEach(() => {
    process.env = realEnv;
    delete process.env.AWS_SDK_UA_APP_ID;
  });

  it('carries the application id the user set (AWS_SDK_UA_APP_ID), looked up once per session, not once per client', async () => {
    process.env.AWS_SDK_UA_APP_ID = 'team-audit';
    let lookups = 0;
    process.env = new Proxy(realEnv, {
      get(target, name) {
        if (name === 'AWS_SDK_UA_APP_ID') lookups += 1;
        return Reflect.get(target, name) as unknown;
      },
    });
    const { agents, handler } = userAgents();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    for (const region of REGIONS) await session.send(session.client(GuardDutyClient, 'guardduty', region), 'guardduty', new ListDetectorsCommand({}));
    expect(agents).toHaveLength(REGIONS.length);
    for (const agent of agents) expect(agent).toContain('app/team-audit');
    expect(lookups).toBe(1);
  });

  it('carries none where none is set', async () => {
    const { agents, handler } = userAgents();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    for (const region of REGIONS) await session.send(session.client(GuardDutyClient, 'guardduty', region), 'guardduty', new ListDetectorsCommand({}));
    expect(agents).toHaveLength(REGIONS.length);
    for (const agent of agents) expect(agent).not.toContain('app/');
  });
});
