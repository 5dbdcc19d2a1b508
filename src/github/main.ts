import { homedir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCause, isRolesAnywhereError } from '../core/errors.js';
import { createEnvironmentSender, realSleep } from '../http/index.js';
import {
  processChannel,
  runServeChild,
  SERVE_CHILD_VARIABLE,
  serveChildRequest,
  startDetachedServer,
  waitForStopSignal,
} from '../serve/index.js';
import { obtainCredentials } from '../session.js';
import { parseActionInputs, type ActionSettings } from './inputs.js';
import { runMain, type StartedServer } from './run.js';
import { writeProfile } from '../files/profileFile.js';
import { fail, getInput, toolkitWorkflow } from './toolkit.js';

function readIfFile(path: string): Buffer | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Inputs (the key among them) and the runner's tokens stay out of the long-lived child. */
function serverEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !/^(INPUT_|STATE_|ACTIONS_)/.test(name) && name !== 'GITHUB_TOKEN',
    ),
  );
}

/** credential-mode server: this same bundle, started again as the detached server; the material goes over IPC. */
async function startServer(settings: ActionSettings): Promise<StartedServer> {
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

async function serveChild(): Promise<number> {
  const channel = processChannel();
  if (channel === undefined) return 1;
  const log = (line: string): void => {
    process.stderr.write(`${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')} ${line}\n`);
  };
  return runServeChild({ channel, env: process.env, log, waitForStop: waitForStopSignal });
}

async function main(): Promise<void> {
  const workflow = toolkitWorkflow();
  try {
    const settings = parseActionInputs({ get: getInput, env: process.env, readFile: readIfFile });
    await runMain(settings, {
      workflow,
      obtain: (s) =>
        obtainCredentials(s.session, {
          send: createEnvironmentSender({
            attemptTimeoutMs: s.session.retry.attemptTimeoutMs,
            env: process.env,
          }),
          now: () => new Date(),
          sleep: realSleep,
          log: (line) => workflow.info(line),
        }),
      startServer,
      writeProfile: (profile, credentials) =>
        writeProfile(process.env, homedir(), profile, credentials),
    });
  } catch (error) {
    fail(
      isRolesAnywhereError(error) ? error.message : `Unexpected failure: ${describeCause(error)}`,
    );
  }
}

if (process.env[SERVE_CHILD_VARIABLE] === '1') process.exitCode = await serveChild();
else await main();
