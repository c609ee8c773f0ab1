import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadOnlyOperation } from '../../src/aws/guard.js';
import { FIXED_NOW } from '../run-cli.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN';

/** The operation a request names, whatever the protocol: JSON target header, query Action, or REST path. */
function operationOf(request: IncomingMessage, body: string): string {
  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop() ?? target;
  const action = new URLSearchParams(body).get('Action');
  if (action) return action;
  return `${request.method} ${request.url}`;
}

/** An AWS look-alike on loopback that refuses every call, in each protocol's own error shape. */
function denyAll(operations: string[]): Server {
  return createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      operations.push(operationOf(request, body));
      const query = (request.headers['content-type'] ?? '').includes('x-www-form-urlencoded');
      response.writeHead(403, { 'content-type': query ? 'text/xml' : 'application/json', 'x-amzn-errortype': 'AccessDeniedException', 'x-amzn-requestid': 'req-1' });
      response.end(
        query
          ? '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform this action</Message></Error><RequestId>req-1</RequestId></ErrorResponse>'
          : JSON.stringify({ __type: 'AccessDeniedException', message: 'User is not authorized to perform this action' }),
      );
    });
  });
}

describe('pointed at an endpoint that denies every call', () => {
  const operations: string[] = [];
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = denyAll(operations);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('exits 3, reports no PASS, prints no stack trace, never echoes a credential, sends only reads', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['dist/cli.js', 'audit', '--format', 'json', '--verbose'],
        {
          env: {
            PATH: process.env.PATH,
            HOME: '/nonexistent',
            AWS_ENDPOINT_URL: endpoint,
            AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
            AWS_SECRET_ACCESS_KEY: SECRET,
            AWS_SESSION_TOKEN: SESSION_TOKEN,
            AWS_REGION: 'us-east-1',
            AWS_MAX_ATTEMPTS: '1',
            AWS_BASELINE_NOW: FIXED_NOW,
          },
          timeout: 60_000,
        },
        (error, out, err) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout: out, stderr: err }),
      );
    });
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as { summary: { byStatus: Record<string, number> }; incomplete: boolean };
    expect(report.summary.byStatus.PASS).toBe(0);
    expect(report.incomplete).toBe(true);
    for (const secret of [SECRET, SESSION_TOKEN, 'AKIAIOSFODNN7EXAMPLE']) expect(stdout + stderr).not.toContain(secret);
    const named = operations.filter((operation) => !operation.includes(' '));
    expect(named).toEqual(expect.arrayContaining(['GetCallerIdentity', 'GetAccountSummary', 'GenerateCredentialReport', 'DescribeOrganization']));
    for (const operation of named) expect(isReadOnlyOperation(operation), operation).toBe(true);
    expect(operations.filter((operation) => /^(PUT|DELETE|PATCH) /.test(operation))).toEqual([]);
  });
});
