import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  processChannel,
  runServeChild,
  serveChildRequest,
  startDetachedServer,
  waitForStopSignal,
} from '../serve/index.js';
import type { ActionSettings } from './inputs.js';
import type { StartedServer } from './run.js';
import { rfc3339 } from '../core/rfc3339.js';

/** Inputs (the key among them) and the runner's tokens stay out of the long-lived child. */
function serverEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !/^(INPUT_|STATE_|ACTIONS_)/.test(name) && name !== 'GITHUB_TOKEN',
    ),
  );
}

/** credential-mode server: this same bundle, started again as the detached server; the material goes over IPC. */
export async function startServer(settings: ActionSettings): Promise<StartedServer> {
  const logFile = join(
    process.env['RUNNER_TEMP'] ?? tmpdir(),
    `rolesanywhere-credentials-server-${randomBytes(6).toString('hex')}.log`,
  );
  const started = await startDetachedServer(
    serveChildRequest(settings.session, { port: 0 }, false),
    {
      command: process.execPath,
      args: [...process.execArgv, process.argv[1] ?? ''],
      env: serverEnvironment(process.env),
      logFile,
    },
  );
  return { ...started, logFile };
}

export async function serveChild(): Promise<number> {
  const channel = processChannel();
  if (channel === undefined) return 1;
  const log = (line: string): void => {
    process.stderr.write(`${rfc3339(new Date())} ${line}\n`);
  };
  return runServeChild({ channel, env: process.env, log, waitForStop: waitForStopSignal });
}
