import { RolesAnywhereError, type ErrorCode } from '../errors.js';
/**
 * Builds the error for a problem with one input. The cause, when there is one, is replaced by a
 * summary of itself: node and OpenSSL messages are safe, but nothing that might echo raw input
 * (and so key material) should ride along on `cause`.
 */
export declare function materialError(code: ErrorCode, input: string, message: string, cause?: unknown): RolesAnywhereError;
/** A short, single-line, secret-free description of a low-level failure. */
export declare function summarizeCause(cause: unknown): string;
/** Replaces line breaks and other control characters so a message stays on one line. */
export declare function oneLine(text: string): string;
