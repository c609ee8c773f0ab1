import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { awsAnswerGuard } from '../../src/aws/answer-guard.js';
import { CollectError } from '../../src/facts/errors.js';

type Handler = (args: object) => Promise<{ response: { statusCode: number; headers: Record<string, string>; body: unknown } }>;

/** The guard's middleware around a "wire" that answers with this body. */
function guarded(body: unknown, deadlineMs = 1000): Promise<{ response: { body: unknown } }> {
  let middleware: ((next: Handler, context: { commandName: string }) => Handler) | undefined;
  awsAnswerGuard('iam', deadlineMs).applyToStack({ add: (added: typeof middleware) => (middleware = added) } as never);
  if (!middleware) throw new Error('the guard added no middleware');
  const wire: Handler = () => Promise.resolve({ response: { statusCode: 200, headers: { 'content-type': 'text/xml' }, body } });
  return middleware(wire, { commandName: 'GetAccountSummaryCommand' })({});
}

describe("the answer guard reads an answer's body whole, within its deadline", () => {
  it('reads a Node stream whatever its chunks', async () => {
    const stream = new PassThrough();
    const answer = guarded(stream);
    stream.write('<GetAccountSummaryResponse>');
    stream.write(Buffer.from('日本語'));
    stream.end('</GetAccountSummaryResponse>');
    expect(Buffer.from((await answer).response.body as Uint8Array).toString('utf8')).toBe('<GetAccountSummaryResponse>日本語</GetAccountSummaryResponse>');
  });

  it('cuts off a body that trickles past the deadline, as a timeout', async () => {
    const stream = new PassThrough();
    const answer = guarded(stream, 50).catch((error: unknown) => error);
    stream.write('<GetAccountSummaryResponse>'); // and nothing more
    const error = await answer;
    expect(error).toBeInstanceOf(CollectError);
    expect(error).toMatchObject({ kind: 'timeout', code: 'TimeoutError', operation: 'GetAccountSummary' });
    expect(stream.destroyed).toBe(true);
  });

  it('refuses a body whose connection closed before its end', async () => {
    const stream = new PassThrough();
    const answer = guarded(stream).catch((error: unknown) => error);
    stream.write('<GetAccountSummaryResponse>');
    stream.destroy();
    expect(await answer).toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('refuses a body whose stream failed', async () => {
    const stream = new PassThrough();
    const answer = guarded(stream).catch((error: unknown) => error);
    stream.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect(await answer).toMatchObject({ code: 'ECONNRESET' });
  });

  it('reads an async iterable that is not a Node stream', async () => {
    async function* chunks() {
      yield new TextEncoder().encode('<a>');
      yield new TextEncoder().encode('</a>');
    }
    expect(new TextDecoder().decode((await guarded(chunks())).response.body as Uint8Array)).toBe('<a></a>');
  });
});
