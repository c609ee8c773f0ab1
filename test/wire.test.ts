import { describe, expect, it } from 'vitest';
import { routeFor, sdkRoutes } from './e2e/support/wire.js';

describe("the stand-in names a REST call as the SDK routed it (what the fault matrix faults by name)", () => {
  it("S3's bucket operations share GET /{Bucket}: the query key tells them apart, path-style or not; S3 Control keeps its own", async () => {
    const routes = await sdkRoutes();
    const name = (method: string, target: string, bucketInPath = true) => routeFor(routes, method, target, bucketInPath)?.operation;
    // As the AWS SDK for JavaScript sends them to an emulator (path-style, x-id hints)…
    expect(name('GET', '/logs/?policyStatus=')).toBe('GetBucketPolicyStatus');
    expect(name('GET', '/logs/?publicAccessBlock=')).toBe('GetPublicAccessBlock');
    expect(name('GET', '/logs/?acl=')).toBe('GetBucketAcl');
    expect(name('GET', '/?max-buckets=10000&x-id=ListBuckets')).toBe('ListBuckets');
    expect(name('GET', '/logs/AWSLogs/file.json.gz?x-id=GetObject')).toBe('GetObject');
    // … and as the aws CLI does (no x-id)
    expect(name('PUT', '/logs?publicAccessBlock')).toBe('PutPublicAccessBlock');
    expect(name('GET', '/')).toBe('ListBuckets');
    // S3 Control (its requests carry x-amz-account-id): the whole path.
    expect(name('GET', '/v20180820/configuration/publicAccessBlock', false)).toBe('GetPublicAccessBlock');
    expect(routeFor(routes, 'GET', '/v20180820/configuration/publicAccessBlock', false)?.path.test('/v20180820/configuration/publicAccessBlock')).toBe(true);
    expect(name('PUT', '/v20180820/configuration/publicAccessBlock', false)).toBe('PutPublicAccessBlock');
    // Other services keep their whole path.
    expect(name('GET', '/detector', false)).toBe('ListDetectors');
  });
});
