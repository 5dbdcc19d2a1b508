import { RolesAnywhereError, type ErrorCode } from '../errors.js';
import { collapseControlCharacters } from '../controlCharacters.js';

/**
 * Builds the error for a problem with one input. The cause, when there is one, is replaced by a
 * summary of itself: node and OpenSSL messages are safe, but nothing that might echo raw input
 * (and so key material) should ride along on `cause`.
 */
export function materialError(
  code: ErrorCode,
  input: string,
  message: string,
  cause?: unknown,
): RolesAnywhereError {
  return new RolesAnywhereError(code, oneLine(message), {
    input,
    ...(cause === undefined ? {} : { cause: new Error(summarizeCause(cause)) }),
  });
}

// Any long run of base64 alphabet could be a fragment of a key; a summary never needs one.
const BASE64_RUN = /[A-Za-z0-9+/=_-]{16,}/g;

/** A short, single-line, secret-free description of a low-level failure. */
export function summarizeCause(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  const firstLine = oneLine(text.split(/\r?\n/, 1)[0] ?? '');
  const cleaned = firstLine
    .replace(BASE64_RUN, (run) => (/^[a-z_-]+$/i.test(run) && !/[0-9+/=]/.test(run) ? run : '…'))
    .trim();
  if (cleaned === '') return 'unknown error';
  return cleaned.length > 120 ? `${cleaned.slice(0, 117)}...` : cleaned;
}

/** Replaces line breaks and other control characters so a message stays on one line. */
export function oneLine(text: string): string {
  return collapseControlCharacters(text);
}
