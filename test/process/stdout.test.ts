import { describe, expect, it } from 'vitest';
import { type OutputFile, standardOutput, type StandardOutputParts, writtenDirectly } from '../../src/process/stdout.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A standard output whose direct writes follow a script: a count of bytes taken, or an error code. */
function scripted(direct: boolean, script: (number | string)[], stream: { isTTY?: boolean; columns?: number } = {}) {
  const written: Uint8Array[] = [];
  const streamed: (string | Uint8Array)[] = [];
  let streamBuilt = 0;
  const failures: Error[] = [];
  let streamError: ((error: Error) => void) | undefined;
  // A stream's writes leave one turn later, each calling back in order, as a Writable's do.
  const leaving: (() => void)[] = [];
  const left: string[] = [];
  const parts: StandardOutputParts = {
    direct,
    writeDirect: (bytes) => {
      const next = script.shift() ?? bytes.length;
      if (typeof next === 'string') throw errno(next);
      const taken = Math.min(next, bytes.length);
      written.push(bytes.slice(0, taken));
      return taken;
    },
    stream: () => {
      streamBuilt++;
      return {
        ...stream,
        write: (chunk, done) => {
          streamed.push(chunk);
          leaving.push(() => {
            left.push(Buffer.from(chunk).toString());
            done?.();
          });
        },
        on: (_event, listener) => (streamError = listener),
      };
    },
    failed: (error) => void failures.push(error),
  };
  const text = () => Buffer.concat([...written, ...streamed.map((chunk) => Buffer.from(chunk))]).toString();
  const leave = () => leaving.splice(0).forEach((write) => write());
  return { out: standardOutput(parts), written, streamed, text, streamBuilt: () => streamBuilt, failures, streamFails: (code: string) => streamError?.(errno(code)), leave, left };
}

describe('standard output', () => {
  it('writes a pipe or a file directly, to the last byte of a partial write, and never builds the stream', () => {
    const run = scripted(true, [3, 1]);
    run.out.write('東京 and more');
    run.out.write('!');
    expect(run.text()).toBe('東京 and more!');
    expect(run.out.isTty()).toBe(false);
    expect(run.out.columns()).toBeUndefined();
    expect(run.streamBuilt()).toBe(0);
  });

  it('hands the rest to the stream, in order and whole, once a direct write would block', () => {
    const run = scripted(true, [4, 'EAGAIN']);
    run.out.write('東京 and more'); // 4 bytes: the first character and one byte of the second
    run.out.write('; after');
    expect(run.text()).toBe('東京 and more; after');
    expect(run.streamed).toHaveLength(2);
    expect(run.streamBuilt()).toBe(1);
  });

  it('drops what follows once the reader has gone (`| head`), and reports any other failure', () => {
    const gone = scripted(true, [2, 'EPIPE']);
    gone.out.write('report');
    gone.out.write('more');
    expect(gone.text()).toBe('re');
    expect(gone.failures).toEqual([]);
    const broken = scripted(true, ['EIO']);
    broken.out.write('report');
    expect(broken.failures.map((error) => error.message)).toEqual(['EIO']);
  });

  it('treats a failing stream the same way', () => {
    const gone = scripted(false, []);
    gone.out.write('report');
    gone.streamFails('EPIPE');
    gone.out.write('more');
    expect(gone.text()).toBe('report');
    expect(gone.failures).toEqual([]);
    gone.streamFails('EIO');
    expect(gone.failures.map((error) => error.message)).toEqual(['EIO']);
  });

  it('writes a terminal through the stream, which knows its width', () => {
    const run = scripted(false, [], { isTTY: true, columns: 120 });
    run.out.write('help');
    expect(run.written).toEqual([]);
    expect(run.text()).toBe('help');
    expect(run.out.isTty()).toBe(true);
    expect(run.out.columns()).toBe(120);
  });

  it('says when everything written has left: at once when written directly, after the stream\'s last write otherwise', async () => {
    const direct = scripted(true, []);
    direct.out.write('report');
    await direct.out.flushed();
    const streamed = scripted(true, [2, 'EAGAIN']);
    streamed.out.write('report');
    streamed.out.write('; more');
    let flushed = false;
    const waiting = streamed.out.flushed().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    streamed.leave();
    await waiting;
    expect(streamed.left.join('')).toBe('port; more');
  });

  // The device numbers are Linux's: /dev/null is 1:3, a pseudo-terminal 136:n.
  const file = (kind: 'fifo' | 'file' | 'socket' | 'char' | 'dir', rdev = 0): OutputFile => ({
    isFIFO: () => kind === 'fifo',
    isFile: () => kind === 'file',
    isSocket: () => kind === 'socket',
    isCharacterDevice: () => kind === 'char',
    rdev,
  });
  const NULL = file('char', 259);
  it.each([
    { name: 'a pipe', output: file('fifo'), nullDevice: NULL, direct: true },
    { name: 'a file', output: file('file'), nullDevice: NULL, direct: true },
    { name: 'a socket', output: file('socket'), nullDevice: NULL, direct: true },
    { name: '/dev/null', output: file('char', 259), nullDevice: NULL, direct: true },
    { name: 'a terminal', output: file('char', 34816), nullDevice: NULL, direct: false },
    { name: 'a character device where there is no /dev/null', output: file('char', 259), nullDevice: undefined, direct: false },
    { name: 'a folder', output: file('dir'), nullDevice: NULL, direct: false },
  ])('$name: written directly, $direct', ({ output, nullDevice, direct }) => {
    let asked = 0;
    expect(writtenDirectly(output, () => (asked++, nullDevice))).toBe(direct);
    // /dev/null is looked up only for a character device.
    expect(asked).toBe(output.isCharacterDevice() ? 1 : 0);
  });
});
