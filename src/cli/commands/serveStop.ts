import { lstatSync } from 'node:fs';
import { RolesAnywhereError } from '../../core/errors.js';
import { readPrivateFile, removeFileQuietly } from '../../files/privateFiles.js';
import { serverIdentity, type ServerIdentity } from '../../serve/serverProcessIdentity.js';
import { isProcessRunning, stopServerProcess } from '../../serve/stopServerProcess.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';

function pidFileFlag(path: string | undefined): string {
  if (path === undefined)
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `serve stop: --pid-file is required; run \`${PRODUCT} serve stop --help\`.`,
      { input: '--pid-file' },
    );
  return path;
}

function timeoutFlag(value: string | undefined): number {
  const seconds = value === undefined ? 10 : Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `serve stop: --timeout must be a number of seconds from 1 to 600, got "${value ?? ''}".`,
      { input: '--timeout' },
    );
  }
  return seconds;
}

/** The pid in a pid file this user wrote; anything else is refused before a signal is sent. */
function readPid(path: string): number {
  const read = readPrivateFile(path);
  if (read.kind === 'missing')
    throw new RolesAnywhereError(
      'ERR_FILE',
      `serve stop: there is no pid file at ${path}; was the server started with --pid-file ${path}?`,
      { input: '--pid-file' },
    );
  if (read.kind === 'unsafe')
    throw new RolesAnywhereError(
      'ERR_FILE_UNSAFE',
      `serve stop: ${path} ${read.why}; it is not a pid file this user wrote.`,
      { input: '--pid-file' },
    );
  const text = read.content.toString('utf8').trim();
  if (!/^\d{1,10}$/.test(text))
    throw new RolesAnywhereError('ERR_FILE', `serve stop: ${path} does not hold a process id.`, {
      input: '--pid-file',
    });
  return Number(text);
}

/** A process that may not be the server the pid file named is never signalled. */
function refuseUnlessServer(
  identity: Exclude<ServerIdentity, { kind: 'reused' }>,
  pid: number,
  path: string,
): void {
  if (identity.kind === 'ambiguous')
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `serve stop: process ${pid} named in ${path} runs \`serve\` but started at ${identity.startedAt.toISOString()}, after the file was written (another server reusing the pid, or the clock was changed); it was not signalled. Stop it yourself if it is the one.`,
      { input: '--pid-file' },
    );
  if (identity.kind === 'foreign')
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `serve stop: process ${pid} named in ${path} is not a \`${PRODUCT} serve\`; it was not signalled. Remove ${path} if it is stale.`,
      { input: '--pid-file' },
    );
  if (identity.kind === 'unknown')
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `serve stop: cannot tell whether process ${pid} named in ${path} is the credential server (no /proc or ps here); it was not signalled. Stop it yourself if it is.`,
      { input: '--pid-file' },
    );
}

/** `serve stop`: stops a server started with `serve --detach --pid-file`. */
export const serveStopCommand = defineCommand({
  name: 'serve stop',
  summary: 'Stop a credential server started with `serve --detach --pid-file`.',
  description: [
    'Checks that the process in the pid file is the server that wrote it (it started before the file was written and runs `serve`; a pid reused by another process is left alone), sends SIGTERM, waits until it has exited (SIGKILL after --timeout seconds, and says so) and removes the pid file.',
  ],
  options: {
    'pid-file': {
      type: 'string',
      value: '<file>',
      description: 'The pid file given to `serve --detach`.',
    },
    timeout: {
      type: 'string',
      value: '<seconds>',
      description: 'How long to wait for a graceful stop (default 10).',
    },
  },
  examples: [`${PRODUCT} serve stop --pid-file /tmp/ra.pid`],
  run: async (options, io) => {
    const path = pidFileFlag(options['pid-file']);
    const seconds = timeoutFlag(options.timeout);
    const pid = readPid(path);
    const identity = isProcessRunning(pid)
      ? serverIdentity(pid, lstatSync(path).mtimeMs, io.now().getTime())
      : undefined;
    if (identity?.kind === 'reused') {
      removeFileQuietly(path);
      io.stderr(
        `${PRODUCT}: The credential server (pid ${pid}) is gone: that pid now belongs to a process started at ${identity.startedAt.toISOString()}, after ${path} was written. Left that process alone and removed the stale pid file.`,
      );
      return 0;
    }
    if (identity !== undefined) refuseUnlessServer(identity, pid, path);
    const outcome = await stopServerProcess(pid, { timeoutMs: seconds * 1000, sleep: io.sleep });
    removeFileQuietly(path);
    const said = {
      stopped: `Stopped the credential server (pid ${pid}).`,
      'not-running': `The credential server (pid ${pid}) was not running; removed the stale pid file.`,
      killed: `The credential server (pid ${pid}) did not stop within ${seconds} s and was killed.`,
    };
    io.stderr(`${PRODUCT}: ${said[outcome]}`);
    return 0;
  },
});
