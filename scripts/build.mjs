// Bundles the CLI into dist/ with esbuild: dependencies included (one file to load, not hundreds),
// code-split so that the AWS SDK clients load only when a live audit needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

/**
 * `node:http` imported as an ES module builds its whole namespace, and on Node 22+ that runs the lazy
 * getters of http.WebSocket & co., which load undici (~20 ms of start-up, on every live audit). Required
 * as CommonJS it does not: every import of it in the bundle (ours, and the SDK's for http endpoints)
 * goes through a CommonJS shim.
 */
const httpAsCommonJs = {
  name: 'http-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^(node:)?http$/ }, (args) => (args.kind === 'require-call' ? { path: 'node:http', external: true } : { path: 'node:http', namespace: 'http-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'http-shim' }, () => ({ contents: "module.exports = require('node:http');", loader: 'js' }));
  },
};

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
  plugins: [httpAsCommonJs],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);" },
});
