import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { RolesAnywhereError } from '../core/errors.js';
import { NOFOLLOW, NONBLOCK } from '../files/openFlags.js';
import {
  isServeChildReply,
  SERVE_CHILD_VARIABLE,
  type ServeChildReply,
  type ServeChildRequest,
} from './childProtocol.js';

export interface DetachedLaunch {
  /** Usually process.execPath. */
  readonly command: string;
  /** The script that, started with SERVE_CHILD_VARIABLE set, runs runServeChild. */
  readonly args: readonly string[];
  /** The child's environment; SERVE_CHILD_VARIABLE is added. Leave secrets out of it. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The child's stdout and stderr are appended here (created 0600); discarded when absent. */
  readonly logFile?: string | undefined;
  /** How long the first CreateSession may take, retries included. */
  readonly readyTimeoutMs?: number | undefined;
}

export type DetachedServer = Extract<ServeChildReply, { type: 'ready' }>;

function openLog(path: string): number {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted here would otherwise wait forever for a reader.
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NOFOLLOW | NONBLOCK,
      0o600,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'ELOOP'
        ? 'it is a symlink'
        : code === 'ENXIO'
          ? 'it is a FIFO or socket; give a regular file'
          : code;
    throw new RolesAnywhereError('ERR_FILE', `Cannot open the server log ${path} (${why}).`, {
      cause: error,
    });
  }
  // A FIFO with a reader opens, but the server's log would then block on whoever reads it.
  if (fstatSync(fd).isFIFO()) {
    closeSync(fd);
    throw new RolesAnywhereError(
      'ERR_FILE',
      `Cannot open the server log ${path} (it is a FIFO; give a regular file).`,
    );
  }
  return fd;
}

/**
 * Starts the server as a detached child (its own session, no terminal, no stdin), hands it the
 * request over IPC, and waits for it to say it is serving. On success the child is let go: the
 * channel is closed and the parent may exit while the child keeps running.
 */
export async function startDetachedServer(
  request: ServeChildRequest,
  launch: DetachedLaunch,
): Promise<DetachedServer> {
  const child = spawnDetached(launch);
  const reply = await replyOf(child, request, launch);
  if (child.connected) child.disconnect();
  child.unref();
  if (reply.type === 'failed') {
    throw new RolesAnywhereError(
      reply.code,
      reply.message,
      reply.input === undefined ? {} : { input: reply.input },
    );
  }
  return reply;
}

/** The child in its own session, writing to the log file (or nowhere), with an IPC channel. */
function spawnDetached(launch: DetachedLaunch): ChildProcess {
  const logFd = launch.logFile === undefined ? undefined : openLog(launch.logFile);
  const output = logFd ?? 'ignore';
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(launch.env))
    if (value !== undefined) env[name] = value;
  env[SERVE_CHILD_VARIABLE] = '1';
  try {
    return spawn(launch.command, [...launch.args], {
      detached: true,
      stdio: ['ignore', output, output, 'ipc'],
      serialization: 'advanced',
      env,
      windowsHide: true,
    });
  } finally {
    if (logFd !== undefined) closeSync(logFd);
  }
}

/**
 * Sends the request and waits for the child's first reply; its exit, a spawn error or the ready
 * timeout (which also stops it) end the wait with an error instead.
 */
function replyOf(
  child: ChildProcess,
  request: ServeChildRequest,
  launch: DetachedLaunch,
): Promise<ServeChildReply> {
  const timeoutMs = launch.readyTimeoutMs ?? 120_000;
  return new Promise<ServeChildReply>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onMessage = (message: unknown): void => {
      if (!isServeChildReply(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      cleanup();
      reject(stoppedBeforeReady(code, signal, launch.logFile));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(
        new RolesAnywhereError(
          'ERR_INTERNAL',
          `Cannot start the credential server: ${error.message}.`,
          { cause: error },
        ),
      );
    };
    const timer = setTimeout(() => {
      cleanup();
      child.kill('SIGTERM');
      reject(
        new RolesAnywhereError(
          'ERR_TIMEOUT',
          `The credential server was not ready within ${Math.round(timeoutMs / 1000)} s.`,
        ),
      );
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', onError);
    child.send(request, (error) => {
      if (error !== null) onError(error);
    });
  });
}

function stoppedBeforeReady(
  code: number | null,
  signal: NodeJS.Signals | null,
  logFile: string | undefined,
): RolesAnywhereError {
  const how = signal === null ? `exit code ${code ?? '?'}` : signal;
  const where = logFile === undefined ? '' : `; see ${logFile}`;
  return new RolesAnywhereError(
    'ERR_INTERNAL',
    `The credential server stopped before it was ready (${how})${where}.`,
  );
}
