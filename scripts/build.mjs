// Bundles the CLI into dist/ with esbuild: dependencies included (one file to load, not hundreds),
// code-split so that the AWS SDK clients load only when a live audit needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: true,
  legalComments: 'linked',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);" },
});
