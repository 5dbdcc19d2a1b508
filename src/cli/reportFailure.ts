import { describeCause, isRolesAnywhereError } from '../core/errors.js';
import { PRODUCT } from '../version.js';
import { scrub, type CliIo } from './io.js';

function oneLine(text: string, io: CliIo): string {
  return scrub(text.replace(/\s*[\r\n]+\s*/g, ' '), io.secrets);
}

/**
 * The one line a failure gets on stderr: the error's message, never a stack. With --debug the
 * code and the chain of causes follow, scrubbed of every secret the run has seen.
 */
export function reportFailure(error: unknown, io: CliIo, debug: boolean): void {
  const message = isRolesAnywhereError(error)
    ? error.message
    : `unexpected error: ${describeCause(error)}`;
  io.stderr(oneLine(`${PRODUCT}: ${message}`, io));
  if (!debug || (isRolesAnywhereError(error) && error.code === 'ERR_USAGE')) return;
  if (isRolesAnywhereError(error)) io.stderr(`  code: ${error.code}`);
  let cause: unknown = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    io.stderr(oneLine(`  cause: ${describeCause(cause)}`, io));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
}
