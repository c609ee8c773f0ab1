/** A JSON value, as an IAM policy document holds them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A policy document as IAM returns it: JSON, often URL-encoded (RFC 3986). Unreadable: undefined. */
export function parsePolicyDocument(document: string | undefined): Json | undefined {
  if (!document) return undefined;
  for (const text of [document, safeDecode(document)]) {
    try {
      return JSON.parse(text) as Json;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A single value or a list of them, as policy elements may be written: always a list. */
export const listOf = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
export const isJsonObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);
