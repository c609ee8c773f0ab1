/** The n-th file of a split SARIF output: out.sarif, out-2.sarif, … (GitHub takes 20 runs per file). */
export function sarifPartPath(path: string, index: number): string {
  if (index === 0) return path;
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? `${path.slice(0, dot)}-${index + 1}${path.slice(dot)}` : `${path}-${index + 1}`;
}
