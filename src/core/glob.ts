import { createRequire } from 'node:module';
import type Picomatch from 'picomatch';

let loaded: typeof Picomatch | undefined;

/**
 * picomatch, evaluated at the first glob matched: its module builds its tables as it loads (~1.5 ms of an
 * audit's start), and most runs match no glob at all (no --checks, no pattern in a suppression). Required,
 * not imported: the bundler then evaluates it where it is first called, not where the bundle is loaded
 * (each chunk of the bundle has a `require`). Run from the sources as ES modules (tsx), there is none:
 * the package is required from node_modules.
 */
export function glob(): typeof Picomatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  loaded ??= (typeof require === 'function' ? require('picomatch') : createRequire(import.meta.url)('picomatch')) as typeof Picomatch;
  return loaded;
}
