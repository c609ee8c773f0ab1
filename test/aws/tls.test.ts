import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsSession } from '../../src/aws/session.js';
import { TEST_CREDENTIALS } from './live-helpers.js';

// A throwaway self-signed certificate for 127.0.0.1 (openssl, EC P-256, valid for a century): trusted by nothing.
const CERT = `-----BEGIN CERTIFICATE-----
MIIBkTCCATagAwIBAgIUVHemYo26I6rT4AZ+wFoL16wUefUwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNTE4MDE0OFoYDzIxMjYxMTEx
MTgwMTQ4WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASQC9DSHJb8WT4Mpy4PvNo+I7CT2sl2ZFzoXyFJsztGHZ1NpXUbrwJ0
YCajHIMpVZl4A/+p8YfTIMPB+XgImacFo2QwYjAdBgNVHQ4EFgQU5z9QgeRatWsJ
bA5qOmsbjw2Qk+UwHwYDVR0jBBgwFoAU5z9QgeRatWsJbA5qOmsbjw2Qk+UwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC
IQCyHLHtREq0YX3K8lt4pbWHPkncQ1u7HeIOqR2r3euGBAIhAKCoyHks9l7EQAI4
f698ksOTOaJeTLXldb3H9KG67b7d
-----END CERTIFICATE-----`;
const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgofutrGMS3xzxcMWZ
Zb6EUYb3NM+tBiKyKhwPuRR/aJihRANCAASQC9DSHJb8WT4Mpy4PvNo+I7CT2sl2
ZFzoXyFJsztGHZ1NpXUbrwJ0YCajHIMpVZl4A/+p8YfTIMPB+XgImacF
-----END PRIVATE KEY-----`;

let server: Server;
let endpoint = '';
const saved = process.env.AWS_ENDPOINT_URL;
beforeAll(async () => {
  server = createServer({ cert: CERT, key: KEY }, (_, response) => response.end('{"detectorIds":["d1"]}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
  else process.env.AWS_ENDPOINT_URL = saved;
  await new Promise((resolve) => server.close(resolve));
});

describe('the TLS context every connection of a session shares', () => {
  it('still verifies the server: a certificate nothing trusts is refused, on every connection', async () => {
    process.env.AWS_ENDPOINT_URL = endpoint;
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    for (const region of ['us-east-1', 'eu-west-1']) {
      const client = session.client(GuardDutyClient, 'guardduty', region);
      await expect(session.send(client, 'guardduty', new ListDetectorsCommand({}))).rejects.toThrow(/self[- ]signed certificate/i);
    }
  });
});
