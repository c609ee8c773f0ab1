import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Which of Node's built-in modules a run of the installed CLI loaded beyond what an empty ES module loads
 * on the same Node (Node 20's ES module loader itself reads through fs.promises, for one): a preload
 * (NODE_OPTIONS --import) writes process.moduleLoadList at exit. Structure, not timing: it proves what
 * start-up leaves out.
 */
export function builtinsProbe(node: string): { env: NodeJS.ProcessEnv; loaded: () => string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'aws-baseline-loads-'));
  const preload = join(folder, 'preload.mjs');
  const out = join(folder, 'loaded.json');
  // node:module only (the bundle imports it anyway): importing node:fs as an ES module would load what is being looked for.
  writeFileSync(preload, `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));\n`);
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` };
  const read = () => (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  const empty = join(folder, 'empty.mjs');
  writeFileSync(empty, '');
  execFileSync(node, [empty], { env: { ...process.env, ...env } });
  const baseline = new Set(read());
  return { env, loaded: () => read().filter((name) => !baseline.has(name)) };
}
