import { execFileSync } from 'node:child_process';

/** The end-to-end tests run the bundled CLI, as a user would: build it once per test run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
