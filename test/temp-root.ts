import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MADE = 'AWS_BASELINE_TESTS_ROOT';

/**
 * Every temporary folder a test makes goes under one root, removed when the run ends: the tests' own
 * mkdtempSync(tmpdir()) calls (and the tools they start) read TMPDIR, which the test processes inherit.
 * One root for all the run's tiers, never one inside another: Chromium's socket lives in a temporary
 * folder, and a Unix socket's path has at most 107 bytes.
 */
export default function setup(): () => void {
  if (process.env[MADE]) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), 'aws-baseline-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env[MADE] = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env[MADE];
    rmSync(root, { recursive: true, force: true });
  };
}
