// Bundles the CLI into dist/: dependencies included (a few files to load, not hundreds), code-split so
// that the AWS SDK clients load only when a live audit needs them. esbuild compiles, bundles and
// tree-shakes; rollup groups its chunks by what is loaded together (see below).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { builtinModules } from 'node:module';
import { readFile } from 'node:fs/promises';

/**
 * Node's built-in modules are taken as CommonJS, never imported as ES modules: importing one builds its
 * whole namespace, which runs every lazy getter it has. `node:fs` then loads `fs.promises` (with the
 * readline, watcher and stream internals behind it, ~2 ms of every start), and on Node 22+ `node:http`
 * runs the getters of http.WebSocket & co., which load undici (~20 ms of every live audit). Required,
 * a built-in is the object Node already holds. Every import of one in the bundle (ours, and the SDK's)
 * goes through a CommonJS shim.
 */
// `node:module` stays an ES import: the banner of every chunk imports it that way anyway.
const builtinNames = builtinModules.filter((name) => !name.startsWith('_') && name !== 'module').map((name) => name.replace(/^node:/, ''));
const builtinsAsCommonJs = {
  name: 'builtins-as-commonjs',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${builtinNames.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => {
      const path = `node:${args.path.replace(/^node:/, '')}`;
      return args.kind === 'require-call' ? { path, external: true } : { path, namespace: 'builtin-shim' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin-shim' }, (args) => ({
      contents: NAMESPACES.has(args.path) ? `module.exports = Object.create(require(${JSON.stringify(args.path)}));` : `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * An import of a CommonJS module is esbuild's copy of it (`__toESM`): a getter for each of its own
 * properties, each property's descriptor read to copy it. Node defines some properties of its
 * modules as lazy data, which reading the descriptor loads: `util.diff` loads the colour support and
 * with it the standard error stream and the whole stream stack, `util.setTraceSigInt` the worker
 * threads, `fs.Dir` and `buffer.File` their own modules (34 modules, ~4 ms of every text report; most
 * of them compiled from source, ~14 ms, where V8 compiles eagerly). These modules are namespaces of
 * functions and classes that hold no state of their own: their shim is an object that inherits from
 * the module and owns nothing, so there is nothing to copy and each name is looked up where it is
 * used. (`process` and the modules that are a function, events and stream, are required as they are.)
 */
const NAMESPACES = new Set(['node:fs', 'node:path', 'node:util', 'node:buffer', 'node:os', 'node:crypto', 'node:url']);

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

// esbuild writes into a staging folder, rollup from there into dist/; the installed command,
// dist/cli.js, is built last, apart (it turns the compile cache on before anything else is loaded).
const staging = 'node_modules/.cache/aws-baseline-build';
const banner = "import { createRequire as __awsBaselineRequire } from 'node:module'; const require = /* @__PURE__ */ __awsBaselineRequire(import.meta.url);";
rmSync(staging, { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true, logLevel: 'warning' };
/**
 * What the catalog commands print is data (src/checks/description.ts, description-texts.ts): evaluated
 * here once, from the sources, and put in the bundle as JSON text in place of those modules, so that
 * `checks`, `explain` and `policy` read it instead of loading every check's and every fact's code.
 * A test compares what the installed package prints with what the sources print.
 */
const DESCRIBED = { describeCatalog: 'src/checks/description.ts', describeTexts: 'src/checks/description-texts.ts' };
const describing = join(staging, 'describe-catalog.mjs');
await build({
  ...common,
  minify: false,
  stdin: { contents: Object.entries(DESCRIBED).map(([name, file]) => `export { ${name} } from './${file}';`).join('\n'), resolveDir: '.', loader: 'ts' },
  outfile: describing,
  packages: 'external',
});
const evaluated = await import(pathToFileURL(describing).href);
rmSync(describing);
// The catalog is JSON text in the bundle, parsed whole; each check's texts a file of their own in
// dist/texts/, of which `explain` reads one (all of them in the bundle were ~170 KB to load for one).
const catalog = evaluated.describeCatalog();
const ids = catalog.checks.map((check) => check.id);
const TEXTS_FOLDER = 'dist/texts';
const described = {
  describeCatalog: `export function describeCatalog() { return JSON.parse(${JSON.stringify(JSON.stringify(catalog))}); }`,
  // Found from wherever rollup puts this module (dist/start.js or dist/chunks/…): the dist folder above it.
  describeTexts: `import { readFileSync } from 'node:fs';
const IDS = new Set(${JSON.stringify(ids)});
export function describeTexts(id) {
  if (!IDS.has(id)) return undefined;
  const dist = import.meta.url.slice(0, import.meta.url.lastIndexOf('/dist/') + '/dist/'.length);
  return JSON.parse(readFileSync(new URL(\`texts/\${id}.json\`, dist), 'utf8'));
}`,
};
const catalogAsData = {
  name: 'catalog-as-data',
  setup(build) {
    for (const [name, file] of Object.entries(DESCRIBED)) {
      build.onLoad({ filter: new RegExp(`${file.replace(/[/.]/g, '[\\\\/.]')}$`) }, () => ({ contents: described[name], loader: 'js' }));
    }
  },
};

const { metafile } = await build({
  ...common,
  metafile: true,
  entryPoints: { start: 'src/process/start.ts' },
  outdir: staging,
  splitting: true,
  // Names are not kept: keeping them wraps every function the SDK creates per call (its middleware
  // closures) in a defineProperty call, ~40 ms of a live audit. Nothing here reads a class's name: an
  // SDK command is named by its operation schema (see session.ts).
  keepNames: false,
  legalComments: 'linked',
  mainFields: ['module', 'main'],
  plugins: [lazyChildProcessInCommander, builtinsAsCommonJs, literalSchemaKeys, catalogAsData],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins. Pure: a chunk
  // that does not use it drops it, and is then free of side effects for rollup to merge.
  banner: { js: banner },
});

/**
 * esbuild splits code by the exact set of entry points (each dynamic import is one) that reach it: ~110
 * chunks, many of a few hundred bytes, and `--help` loaded 11 of them, a snapshot audit 35. Each ES
 * module costs ~0.3-0.5 ms to resolve, read, link and evaluate, whatever its size. rollup knows what is
 * already loaded when a dynamic import runs, and merges what is always loaded together; chunks under
 * MIN_CHUNK_BYTES that have no side effects are merged into a chunk loaded with them (measured: a live
 * audit loads 30 modules instead of 62, a snapshot audit 11 instead of 35, `--help` 2 instead of 11).
 */
const MIN_CHUNK_BYTES = 20_000;
const bundle = await rollup({
  input: { start: join(staging, 'start.js') },
  external: (id) => id.startsWith('node:'),
  logLevel: 'warn',
  onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
});
await bundle.write({
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
  experimentalMinChunkSize: MIN_CHUNK_BYTES,
});
await bundle.close();
for (const file of readdirSync(staging)) if (file.endsWith('.LEGAL.txt')) cpSync(join(staging, file), join('dist/chunks', file));

mkdirSync(TEXTS_FOLDER, { recursive: true });
for (const id of ids) writeFileSync(join(TEXTS_FOLDER, `${id}.json`), `${JSON.stringify(evaluated.describeTexts(id))}\n`);

const cli = await build({ ...common, metafile: true, entryPoints: { cli: 'src/process/bin.ts' }, outdir: 'dist', external: ['./start.js'] });

/**
 * The package is MIT and bundles what it uses: every bundled package's licence travels with it
 * (Apache-2.0, the AWS SDK's, requires its notice to). The packages are those whose files esbuild
 * put in the bundle; each is named with its version and licence, then its licence text and NOTICE.
 */
const packageRoots = new Set();
for (const input of [...Object.keys(metafile.inputs), ...Object.keys(cli.metafile.inputs)]) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packageRoots.add(match[1]);
}
const bundled = [...packageRoots]
  .map((root) => ({ root, manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) }))
  .sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : a.manifest.name > b.manifest.name ? 1 : 0))
  .map(({ root, manifest }) => ({
    manifest,
    texts: readdirSync(root)
      .filter((file) => /^(licen[cs]e|notice|copying)(\.(md|txt))?$/i.test(file))
      .sort()
      .map((file) => readFileSync(join(root, file), 'utf8').trim()),
  }));
// An MIT package cannot carry copyleft code in its bundle.
for (const { manifest } of bundled) if (/GPL/i.test(String(manifest.license))) throw new Error(`${manifest.name} is ${manifest.license}: it cannot be bundled into this MIT package`);
// Some packages declare their licence but ship no file of it (several of the SDK's): the text is the one another package of that licence ships.
const textOf = new Map();
for (const { manifest, texts } of bundled) if (texts.length > 0 && !textOf.has(manifest.license)) textOf.set(manifest.license, manifest.name);
const printed = new Map(); // a licence text, and the first package it was printed with
const notices = bundled.map(({ manifest, texts }) => {
  const heading = `${manifest.name}@${manifest.version} (${manifest.license ?? 'no licence declared'})`;
  if (texts.length > 0) {
    const shown = texts.map((text) => {
      const first = printed.get(text);
      if (first) return `(The same text as for ${first}, above.)`;
      printed.set(text, manifest.name);
      return text;
    });
    return [heading, '', ...shown].join('\n');
  }
  const same = textOf.get(manifest.license);
  if (!same) throw new Error(`${manifest.name}: bundled, but neither it nor any other bundled package ships its licence (${manifest.license})`);
  return `${heading}\n\nUsed under the ${manifest.license} licence, whose text is given above with ${same}.`;
});
const licence = existsSync('LICENSE') ? readFileSync('LICENSE', 'utf8').trim() : '';
writeFileSync(
  'dist/THIRD-PARTY-NOTICES.txt',
  [`aws-baseline bundles the packages below; each is used under its own licence.\n\naws-baseline itself:\n\n${licence}`, ...notices].join(`\n\n${'-'.repeat(72)}\n\n`) + '\n',
);
