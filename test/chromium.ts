import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium (.ci/run installs it); CHROMIUM_PATH names another. Pages are opened as a person would. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/**
 * How long to wait for what a page does on `hashchange`: the browser fires it after a link's click has
 * returned, later still on a busy machine, so what it opens is polled for, never read once.
 */
export const AFTER_HASHCHANGE = { timeout: 15_000, interval: 50 };
