import { describe, expect, it } from 'vitest';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { withoutAccountLabelOnLiteralHosts } from '../../src/aws/account-host-label.js';

// S3 Control's own endpoint rules (the SDK's ruleset), with and without the wrapper.
const rules = new S3ControlClient({ region: 'us-east-1' }).config.endpointProvider;
const resolve = (Endpoint: string | undefined) =>
  withoutAccountLabelOnLiteralHosts(rules)({ Region: 'us-east-1', AccountId: '123456789012', RequiresAccountId: true, UseFIPS: false, UseDualStack: false, ...(Endpoint ? { Endpoint } : {}) });

describe('the account id in front of S3 Control hosts', () => {
  it.each([
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000/'],
    ['http://[::1]:5000', 'http://[::1]:5000/'],
    ['http://localhost:4566/prefix', 'http://localhost:4566/prefix'],
  ])('left off a literal host that cannot take it (%s), AWS\'s signing kept', (endpoint, url) => {
    const resolved = resolve(endpoint);
    expect(resolved.url.href).toBe(url);
    expect(resolved.properties?.authSchemes).toEqual([expect.objectContaining({ name: 'sigv4', signingName: 's3', signingRegion: 'us-east-1' })]);
  });

  it.each([
    [undefined, 'https://123456789012.s3-control.us-east-1.amazonaws.com/'],
    ['https://control.vpce-0abc.s3.us-east-1.vpce.amazonaws.com', 'https://123456789012.control.vpce-0abc.s3.us-east-1.vpce.amazonaws.com/'],
  ])('kept on AWS\'s own hosts and every named endpoint (%s)', (endpoint, url) => {
    expect(resolve(endpoint).url.href).toBe(url);
  });
});
