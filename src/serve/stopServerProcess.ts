import { readFileSync } from 'node:fs';
import { RolesAnywhereError } from '../core/errors.js';

export type StopOutcome = 'stopped' | 'not-running' | 'killed';

const KILL_WAIT_MS = 5000;

/** A Linux zombie answers kill(pid, 0) but is gone for every purpose that matters here. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /\)\s+Z\s/.test(stat);
  } catch {
    return false;
  }
}

/** Whether `pid` is a live process of this user (a zombie does not count). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM') {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `Process ${pid} belongs to another user; it is not a credential server this user started.`,
        { cause: error },
      );
    }
    return false;
  }
}

/**
 * SIGTERM, then wait for the process to finish its graceful stop; SIGKILL if it has not gone
 * after `timeoutMs`, and wait for that too: the outcome is only ever reported once it is true.
 */
export async function stopServerProcess(
  pid: number,
  options: { readonly timeoutMs: number; readonly sleep: (ms: number) => Promise<void> },
): Promise<StopOutcome> {
  if (!Number.isSafeInteger(pid) || pid <= 1) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `"${pid}" is not the process id of a credential server.`,
    );
  }
  if (!isProcessRunning(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    await options.sleep(50);
    if (!isProcessRunning(pid)) return 'stopped';
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'stopped';
  }
  // SIGKILL cannot be caught, but the kernel takes a moment to tear the process down.
  const killDeadline = Date.now() + KILL_WAIT_MS;
  while (isProcessRunning(pid)) {
    if (Date.now() >= killDeadline)
      throw new RolesAnywhereError(
        'ERR_TIMEOUT',
        `Process ${pid} was sent SIGKILL but has not exited after ${KILL_WAIT_MS / 1000} s (stuck in the kernel?); check it with \`ps -p ${pid}\`.`,
      );
    await options.sleep(50);
  }
  return 'killed';
}
