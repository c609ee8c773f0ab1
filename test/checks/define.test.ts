// The helpers checks are built from: what perResource turns into an ERROR for one resource, and how
// references read.
import { describe, expect, it } from 'vitest';
import { pass, perResource } from '../../src/checks/define.js';
import { readableReferences } from '../../src/checks/references.js';
import { CollectError } from '../../src/facts/errors.js';

describe('perResource', () => {
  it('turns a failed read into an ERROR for that resource, and lets a crash through to fail the whole check', async () => {
    const error = new CollectError({ service: 'iam', operation: 'GetUser', code: 'Throttling', kind: 'throttled', message: 'slow down' });
    await expect(perResource('arn:aws:iam::123456789012:user/a', () => Promise.reject(error))).resolves.toEqual({ status: 'ERROR', resource: 'arn:aws:iam::123456789012:user/a', error });
    await expect(perResource('arn:aws:iam::123456789012:user/a', () => Promise.reject(new TypeError('bug')))).rejects.toThrow(TypeError);
    await expect(perResource('r', () => Promise.resolve(pass('r', 'ok')))).resolves.toMatchObject({ status: 'PASS' });
  });
});

describe('readableReferences', () => {
  it('lists every benchmark control, comma-separated', () => {
    const lines = readableReferences({ seed: 'iam-user', cis: ['1.5', '1.6'], fsbp: ['IAM.6', 'IAM.9'], docs: 'https://docs.aws.amazon.com/' }, 'en');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/: 1\.5, 1\.6$/), expect.stringMatching(/: IAM\.6, IAM\.9$/), 'https://docs.aws.amazon.com/']);
  });
});
