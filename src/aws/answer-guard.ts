import type { Pluggable } from '@smithy/types';
import { CollectError } from '../facts/errors.js';

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  const chunks: Uint8Array[] = [];
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * SDK middleware just above the wire, below the deserializer: an answer that is not the service's
 * protocol (an HTML page from a captive portal, a proxy's login page, a wrong AWS_ENDPOINT_URL) is
 * refused before the SDK can read it as an empty, valid-looking result. AWS never answers these APIs
 * with an HTML page.
 */
export function awsAnswerGuard(service: string): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          const response = (result as { response?: RawResponse }).response;
          const type = Object.entries(response?.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
          // Only an answer labelled HTML is read here (emulators label JSON as HTML too, so the body decides).
          if (response && /text\/html/i.test(type)) {
            const body = await bytesOf(response.body);
            response.body = body;
            if (!HTML_START.test(new TextDecoder().decode(body.subarray(0, 512)))) return result;
            const operation = (context.commandName ?? '').replace(/Command$/, '');
            throw new CollectError({
              service,
              operation,
              code: 'NotAnAwsResponse',
              kind: 'malformed',
              message: `the answer to ${service}:${operation} was not an AWS response (HTML, HTTP ${response.statusCode ?? '?'}): check AWS_ENDPOINT_URL or a proxy`,
            });
          }
          return result;
        },
        { step: 'deserialize', name: 'awsBaselineAnswerGuard', priority: 'low', override: true },
      );
    },
  };
}
