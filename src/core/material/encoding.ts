import { materialError } from './materialError.js';

/**
 * The outer encoding of an input value, before any ASN.1 is read: PEM text, or binary (DER or
 * PKCS#12) given directly or as base64. CI systems mangle multi-line secrets in a few known ways
 * (CRLF, surrounding blank lines or quotes, literal "\n" escapes, newlines folded into spaces,
 * base64 to fit a single-line masked variable); all of them are undone here.
 */
export type OuterForm =
  | { readonly kind: 'pem'; readonly text: string; readonly via: 'text' | 'base64' }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array; readonly via: 'bytes' | 'base64' };

export interface EncodingContext {
  /** The front end's name for the input, for messages. */
  readonly input: string;
  /** What the input should hold, e.g. "certificate" or "private key", for messages. */
  readonly expected: string;
}

/** True when an optional input was left empty (front ends pass '' for unset inputs). */
export function isBlank(value: string | Uint8Array | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return value.length === 0 || (isTextual(value) && decodeUtf8(value)?.trim() === '');
}

export function decodeOuterForm(value: string | Uint8Array, context: EncodingContext): OuterForm {
  if (isBlank(value)) {
    throw materialError(
      'ERR_INPUT_MISSING',
      context.input,
      `${context.input} is empty; expected the ${context.expected} as PEM text, base64 or DER. ` +
        `Set ${context.input} to the ${context.expected} itself.`,
    );
  }
  if (typeof value !== 'string') {
    const text = isTextual(value) ? decodeUtf8(value) : decodeUtf16(value);
    if (text === undefined) return { kind: 'binary', bytes: value, via: 'bytes' };
    return decodeText(text, context);
  }
  return decodeText(value, context);
}

function decodeText(raw: string, context: EncodingContext): OuterForm {
  const text = normalizeText(raw);
  if (text.includes('-----BEGIN')) return { kind: 'pem', text, via: 'text' };
  const bytes = decodeBase64(text);
  if (bytes !== undefined) {
    const decoded = isTextual(bytes) ? decodeUtf8(bytes) : undefined;
    if (decoded !== undefined && decoded.includes('-----BEGIN')) {
      return { kind: 'pem', text: normalizeText(decoded), via: 'base64' };
    }
    return { kind: 'binary', bytes, via: 'base64' };
  }
  throw materialError(
    'ERR_MATERIAL_UNRECOGNIZED',
    context.input,
    `${context.input} is not PEM, base64 or DER: expected the ${context.expected}, ` +
      `found ${describeUnrecognizedText(text)}. ` +
      `Give the ${context.expected} as PEM text (-----BEGIN ...) or as base64 of the PEM or DER file.`,
  );
}

/** Undoes the ways CI variables and UIs commonly mangle PEM and base64 values. */
export function normalizeText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(text);
  if (quoted?.[2] !== undefined) text = quoted[2].trim();
  // Neither PEM nor base64 ever contains a backslash, so literal escapes are safe to expand.
  text = text.replace(/\\r\\n|\\n|\\r/g, '\n');
  return text.replace(/\r\n?/g, '\n').trim();
}

const BASE64_BODY = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Decodes standard or URL-safe base64 with any whitespace; undefined if it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 4 || !BASE64_BODY.test(compact)) return undefined;
  const unpadded = compact.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return undefined;
  if (compact.length !== unpadded.length && compact.length % 4 !== 0) return undefined;
  const standard = unpadded.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Buffer.from(standard, 'base64');
  return bytes.length === 0 ? undefined : bytes;
}

/** Bytes that are UTF-8 text without control characters other than whitespace. */
function isTextual(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  return decodeUtf8(bytes) !== undefined;
}

/**
 * Windows PowerShell 5 writes text files as UTF-16 with a byte-order mark by default, so a PEM
 * saved there arrives as UTF-16.
 */
function decodeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const body = Buffer.from(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return body.toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return body.swap16().toString('utf16le');
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Says what unrecognised text looks like without repeating any of it. */
function describeUnrecognizedText(text: string): string {
  const oneLineText = !/\s/.test(text.trim());
  if (oneLineText && /^(~|\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(text)) {
    return 'what looks like a file path (the value must be the content, not its location)';
  }
  if (oneLineText && /\.(pem|crt|cer|key|der|p12|pfx)$/i.test(text)) {
    return 'what looks like a file name (the value must be the content, not its location)';
  }
  if (/\$\{\{|^\$\{?[A-Za-z_][\w.]*\}?$/.test(text)) {
    return 'what looks like an unexpanded variable reference';
  }
  return `${text.length} characters of other text`;
}
