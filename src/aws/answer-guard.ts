import type { Pluggable } from '@smithy/types';
import { CollectError } from '../facts/errors.js';

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

/**
 * The whole body, within `deadlineMs` of its headers: the request timeout measures idle time, so a body
 * that trickles in byte by byte would otherwise hold a call until --timeout.
 */
async function bytesOf(body: unknown, deadlineMs: number, what: { service: string; operation: string }): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (!body || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') return new Uint8Array(0);
  const stream = body as AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new CollectError({ ...what, code: 'TimeoutError', kind: 'timeout', message: `the answer to ${what.service}:${what.operation} did not arrive whole within ${deadlineMs / 1000} s of its headers`, ja: `${what.service}:${what.operation} の応答は、ヘッダーから ${deadlineMs / 1000} 秒以内に最後まで届きませんでした` });
      stream.destroy?.(error);
      reject(error);
    }, deadlineMs);
  });
  const read = isEmitter(stream) ? collected(stream) : iterated(stream);
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
    read.catch(() => undefined); // a stream destroyed on the deadline rejects its reader too: already said
  }
}

interface Emitter {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  once(event: 'end' | 'close', listener: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  readableEnded?: boolean;
}
const isEmitter = (stream: unknown): stream is Emitter => typeof (stream as Emitter).on === 'function' && typeof (stream as Emitter).once === 'function';

/**
 * A Node stream (the SDK's HTTP answer) read by its events: its async iterator costs a promise per chunk
 * and a generator per answer (~1 % of an organization's CPU). Closed before its end: an error, as the iterator says.
 */
function collected(stream: Emitter): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
    stream.once('close', () => {
      if (!stream.readableEnded) reject(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    });
  });
}

async function iterated(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * SDK middleware just above the wire, below the deserializer: the body is read whole within a deadline,
 * and an answer that is not the service's protocol (an HTML page from a captive portal, a proxy's login
 * page, a wrong AWS_ENDPOINT_URL) is refused before the SDK can read it as an empty, valid-looking
 * result. AWS never answers these APIs with an HTML page.
 */
export function awsAnswerGuard(service: string, bodyDeadlineMs: number): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          const response = (result as { response?: RawResponse }).response;
          if (!response) return result;
          const operation = (context.commandName ?? '').replace(/Command$/, '');
          const body = await bytesOf(response.body, bodyDeadlineMs, { service, operation });
          response.body = body;
          const type = Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
          // Only an answer labelled HTML is judged here (emulators label JSON as HTML too, so the body decides).
          if (/text\/html/i.test(type)) {
            if (!HTML_START.test(new TextDecoder().decode(body.subarray(0, 512)))) return result;
            throw new CollectError({
              service,
              operation,
              code: 'NotAnAwsResponse',
              kind: 'malformed',
              message: `the answer to ${service}:${operation} was not an AWS response (HTML, HTTP ${response.statusCode ?? '?'}): check AWS_ENDPOINT_URL or a proxy`,
              ja: `${service}:${operation} への応答は AWS の応答ではありませんでした(HTML、HTTP ${response.statusCode ?? '?'})。AWS_ENDPOINT_URL かプロキシを確認してください`,
            });
          }
          return result;
        },
        { step: 'deserialize', name: 'awsBaselineAnswerGuard', priority: 'low', override: true },
      );
    },
  };
}
