import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test makes goes under one root, removed when the run ends: the tests' own
 * mkdtempSync(tmpdir()) calls (and the tools they start) read TMPDIR, which the test processes inherit.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'aws-baseline-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
