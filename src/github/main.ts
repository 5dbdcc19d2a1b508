import { homedir } from 'node:os';
import { describeCause, isRolesAnywhereError } from '../core/errors.js';
import { createEnvironmentSender, realSleep } from '../http/index.js';
import { SERVE_CHILD_VARIABLE } from '../serve/childProtocol.js';
import { obtainCredentials } from '../session.js';
import type { SessionSettings } from '../core/settings.js';
import { parseActionInputs, type ActionSettings } from './inputs.js';
import { runMain } from './run.js';
import { writeProfile } from '../files/profileFile.js';
import { readMaterialFile } from '../files/materialFile.js';
import { fail, getInput, toolkitWorkflow } from './toolkit.js';

/** The session settings, with the token's key in the material when private-key is pkcs11:. */
async function sessionWithToken(
  settings: ActionSettings,
  mask: (secret: string) => void,
): Promise<SessionSettings> {
  if (settings.token === undefined) return settings.session;
  // The token code loads only for a pkcs11: key, so the usual run carries none of it.
  const { withTokenMaterial } = await import('./tokenMaterial.js');
  return (await withTokenMaterial(settings, process.env, mask)).session;
}

async function main(): Promise<void> {
  const workflow = toolkitWorkflow();
  try {
    const settings = parseActionInputs({
      get: getInput,
      env: process.env,
      readFile: (path) => {
        // Over the bound, the prefix reaches the material loader, which refuses it by name.
        const read = readMaterialFile(path, { regularOnly: true });
        return read.kind === 'read' ? read.bytes : undefined;
      },
    });
    await runMain(settings, {
      workflow,
      obtain: async (s) =>
        obtainCredentials(
          await sessionWithToken(s, (secret) => {
            workflow.setSecret(secret);
          }),
          {
            send: createEnvironmentSender({
              attemptTimeoutMs: s.session.retry.attemptTimeoutMs,
              env: process.env,
            }),
            now: () => new Date(),
            sleep: realSleep,
            log: (line) => {
              workflow.info(line);
            },
            warn: (line) => {
              workflow.warning(line);
            },
          },
        ),
      // Server mode's code loads only when it is asked for.
      startServer: async (s) => (await import('./server.js')).startServer(s),
      writeProfile: (profile, credentials) =>
        writeProfile(process.env, homedir(), profile, credentials),
    });
  } catch (error) {
    fail(
      isRolesAnywhereError(error) ? error.message : `Unexpected failure: ${describeCause(error)}`,
    );
  }
}

if (process.env[SERVE_CHILD_VARIABLE] === '1')
  process.exitCode = await (await import('./server.js')).serveChild();
else await main();
