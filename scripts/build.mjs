// Bundles the CLI into dist/ with esbuild: dependencies included (one file to load, not hundreds),
// code-split so that the AWS SDK clients load only when a live audit needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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

/**
 * commander requires node:child_process at load, for executable subcommands, which this CLI has none
 * of; loading it (with net, dgram and the stream internals behind it) is ~3 ms of every start. Inside
 * commander it is taken lazily: loaded at the first use of one of its functions, which never comes.
 */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * The SDK's schema modules (one per client: every shape of the service as an array literal) hold trait
 * objects with computed keys, `{ [_xN]: _vATP }`, where `_xN` is a string constant of the same file.
 * esbuild cannot tell such a key is side-effect free, so it keeps every statement that has one and
 * everything those reach: nearly the whole file (the EC2 fallback, which sends only DescribeRegions,
 * carried 550 KB of schemas). Each such key is written as the string it names, which is what the module
 * evaluates to anyway; then unused shapes are dropped like any unused code.
 */
const literalSchemaKeys = {
  name: 'literal-schema-keys',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist-es[\\/](.*[\\/])?schemas[\\/]schemas_\d+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const constants = new Map([...source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)].map(([, name, value]) => [name, value]));
      const contents = source.replace(/\[(_\w+)\]:/g, (key, name) => (constants.has(name) ? `${constants.get(name)}:` : key));
      if (/\[_\w+\]:/.test(contents)) throw new Error(`${args.path}: a computed key that is not a string constant of the file`);
      return { contents, loader: 'js' };
    });
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
  // Names are not kept: keeping them wraps every function the SDK creates per call (its middleware
  // closures) in a defineProperty call, ~40 ms of a live audit. Nothing here reads a class's name: an
  // SDK command is named by its operation schema (see session.ts).
  keepNames: false,
  legalComments: 'linked',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [httpAsCommonJs, lazyChildProcessInCommander, literalSchemaKeys],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);" },
});
