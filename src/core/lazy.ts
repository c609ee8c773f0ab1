/**
 * A module (or anything else) loaded on first use and kept: `import()` of a module already loaded still
 * resolves it again each time, ~20 µs, and an audit asks for its service modules once per call (an
 * organization's process, some 20,000 times).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
