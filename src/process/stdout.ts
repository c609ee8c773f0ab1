/**
 * The process's standard output (or error). A pipe, a file or /dev/null is written directly, with a blocking
 * write, as Node itself writes them on Linux; a terminal (or any other character device: it cannot be told
 * from a terminal without loading node:tty) goes through `process.stdout`.
 * Building that stream loads Node's stream stack (and, for a pipe, its network stack): ~2–3 ms of every
 * start, for `--help` a tenth of its run.
 */
export interface StandardOutput {
  write: (text: string) => void;
  isTty: () => boolean;
  /** The terminal's width, when it is one. */
  columns: () => number | undefined;
  /** Resolves once everything written so far has left (at once if nothing went through the stream). */
  flushed: () => Promise<void>;
}

interface OutputStream {
  write: (chunk: string | Uint8Array, done?: () => void) => unknown;
  on: (event: 'error', listener: (error: Error) => void) => unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface StandardOutputParts {
  /** Whether the output is a pipe or a file, so that it can be written directly. */
  direct: boolean;
  /** Writes what it can of the bytes; throws as fs.writeSync does (EAGAIN on a non-blocking pipe, EPIPE on a closed one). */
  writeDirect: (bytes: Uint8Array) => number;
  /** process.stdout, built on first use. */
  stream: () => OutputStream;
  /** The output failed for another reason than its reader going away. */
  failed: (error: Error) => void;
}

/** What fstat says of a standard output's file, and of /dev/null's. */
export interface OutputFile {
  isFIFO(): boolean;
  isFile(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  rdev: number;
}

/**
 * Whether a standard output is written directly: a pipe, a file, a socket, or the null device, where a CI
 * gate sends the report it does not read (a character device as a terminal is, told apart by its device
 * number). `nullDevice` is asked only for a character device; undefined where there is none (Windows).
 */
export function writtenDirectly(output: OutputFile, nullDevice: () => OutputFile | undefined): boolean {
  if (output.isFIFO() || output.isFile() || output.isSocket()) return true;
  return output.isCharacterDevice() && nullDevice()?.rdev === output.rdev;
}

const codeOf = (error: unknown): unknown => (error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined);

export function standardOutput(parts: StandardOutputParts): StandardOutput {
  // Once a direct write would block, everything after it goes through the stream, in order.
  let direct = parts.direct;
  // `aws-baseline audit | head`: once the reader has gone, the rest is dropped, and the audit still exits with its verdict.
  let gone = false;
  const onError = (error: Error): void => {
    if (codeOf(error) === 'EPIPE') gone = true;
    else parts.failed(error);
  };
  let built: OutputStream | undefined;
  const stream = (): OutputStream => {
    if (built) return built;
    built = parts.stream();
    built.on('error', onError);
    return built;
  };
  const write = (text: string): void => {
    if (gone) return;
    if (!direct) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let offset = 0;
    try {
      while (offset < bytes.length) offset += parts.writeDirect(bytes.subarray(offset));
    } catch (error) {
      if (codeOf(error) !== 'EAGAIN') return onError(error instanceof Error ? error : new Error(String(error)));
      direct = false;
      stream().write(bytes.subarray(offset)); // bytes: a partial write may have ended inside a character
    }
  };
  return {
    write,
    isTty: () => !parts.direct && stream().isTTY === true,
    columns: () => (parts.direct ? undefined : stream().columns),
    // An empty write's callback comes after every write before it (a failed one's too: `gone` or `failed` has it).
    flushed: () => (built === undefined || gone ? Promise.resolve() : new Promise((resolve) => void built?.write('', () => resolve()))),
  };
}
