import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { runCli } from '../run-cli.js';

/**
 * What users read, byte for byte: every report format, in both languages, over every sample account,
 * compared with files reviewed in git (test/golden/__files__). A changed word, a lost line, a moved
 * column or a wrong SARIF level shows as a diff. After an intended change: `npx vitest run test/golden -u`,
 * then read the diff before committing it.
 */
const SAMPLES = ['new-account', 'insecure', 'hardened', 'org-member', 'denied', 'several'] as const;
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv'] as const;
const LANGS = ['en', 'ja'] as const;
const EXTENSION: Record<(typeof FORMATS)[number], string> = { text: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', github: 'github.txt', markdown: 'md', html: 'html', csv: 'csv' };

const sample = (name: string) => `fixtures/accounts/${name}.json`;
const config = (name: string) => (name === 'hardened' ? ['--config', 'fixtures/accounts/hardened.config.yaml'] : name === 'insecure' ? ['--config', 'test/golden/golden.config.yaml'] : []);
const file = (name: string) => `./__files__/${name}`;
/** The run's own clock (when it started, how long each check took) is the one thing that differs between runs. */
const withoutClock = (text: string) =>
  text
    .replace(/"(startedAt|finishedAt|startTimeUtc|endTimeUtc)": "[^"]+"/g, '"$1": "<clock>"')
    .replace(/"durationMs": [\d.]+/g, '"durationMs": 0')
    .replace(/ time="[\d.]+" timestamp="[^"]+"/g, ' time="<clock>" timestamp="<clock>"')
    .replace(/(<testsuites [^>]*) time="[\d.]+">/g, '$1 time="<clock>">');

describe('golden reports', () => {
  for (const name of SAMPLES)
    for (const lang of LANGS)
      it(`${name} in ${lang}: every format`, async () => {
        // Many accounts add the per-account table and heat map; the machine formats only repeat the samples.
        for (const format of name === 'several' ? (['text', 'markdown', 'html', 'csv'] as const) : FORMATS) {
          const run = await runCli(['audit', '--snapshot', sample(name), ...config(name), '--lang', lang, '--format', format]);
          await expect(withoutClock(run.stdout)).toMatchFileSnapshot(file(`${name}.${lang}.${EXTENSION[format]}`));
        }
      });

  // The fix plan of each one-account sample: every command and title a person will run and read.
  for (const name of SAMPLES.filter((sample) => sample !== 'several'))
    for (const lang of LANGS)
      it(`${name} in ${lang}: the fix plan`, async () => {
        const run = await runCli(['fix', '--snapshot', sample(name), ...config(name), '--lang', lang]);
        await expect(run.stdout).toMatchFileSnapshot(file(`${name}.${lang}.fix.sh`));
      });

  it('text, quiet and in colour (a terminal that asked for it)', async () => {
    const quiet = await runCli(['audit', '--snapshot', sample('insecure'), '--quiet', '--lang', 'en']);
    await expect(quiet.stdout).toMatchFileSnapshot(file('insecure.quiet.en.txt'));
    const coloured = await runCli(['audit', '--snapshot', sample('insecure'), '--lang', 'ja'], {}, process.cwd(), true);
    await expect(coloured.stdout).toMatchFileSnapshot(file('insecure.ja.color.txt'));
  });

  for (const lang of LANGS)
    it(`the catalog in ${lang}: checks, and explain for every check`, async () => {
      const texts = [(await runCli(['checks', '--lang', lang])).stdout, (await runCli(['checks', '--format', 'json', '--lang', lang])).stdout];
      for (const check of CHECKS) texts.push((await runCli(['explain', check.id, '--lang', lang])).stdout);
      await expect(texts.join('\n----\n')).toMatchFileSnapshot(file(`catalog.${lang}.txt`));
    });
});
