import type { SessionCredentials } from '../core/createSession/response.js';
import { RolesAnywhereError } from '../core/errors.js';
import { CONTAINER_TOKEN_VARIABLE, CONTAINER_URI_VARIABLE } from '../serve/environment.js';
import type { DetachedServer, StopOutcome } from '../serve/index.js';
import type { WrittenProfile } from '../files/profileFile.js';
import type { ObtainedSession } from '../session.js';
import type { ActionSettings } from './inputs.js';
import { CREDENTIAL_VARIABLES, STATE, type Workflow } from './workflow.js';
import { describeSession } from '../core/describeSession.js';
import { insecureEndpointWarning } from '../core/endpoint.js';
import { rfc3339 } from '../core/rfc3339.js';

/** The detached credential server of credential-mode: server, as the main step sees it. */
export interface StartedServer extends DetachedServer {
  readonly logFile: string | undefined;
}

export interface RunDeps {
  readonly workflow: Workflow;
  readonly obtain: (settings: ActionSettings) => Promise<ObtainedSession>;
  readonly startServer?: (settings: ActionSettings) => Promise<StartedServer>;
  /** aws-profile: writes the profile into the shared credentials file. */
  readonly writeProfile: (profile: string, credentials: SessionCredentials) => WrittenProfile;
}

export interface PostDeps {
  readonly stopServer: (pid: number) => Promise<StopOutcome>;
  /** The server's log, then removes it; undefined when there is none. */
  readonly takeLog: (path: string) => string | undefined;
  /** Undoes an aws-profile write. */
  readonly undoProfile: (written: WrittenProfile) => void;
}

function secretsOf(credentials: SessionCredentials): string[] {
  return [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken];
}

/**
 * Exports the variables, having first told the post step which ones: whatever happens between two
 * exports, the post step blanks every one that may have gone out.
 */
function exportAll(workflow: Workflow, variables: readonly (readonly [string, string])[]): void {
  workflow.saveState(STATE.exported, JSON.stringify(variables.map(([name]) => name)));
  for (const [name, value] of variables) workflow.exportVariable(name, value);
}

/** The main step: mask, obtain, mask, then write the profile and export. */
export async function runMain(settings: ActionSettings, deps: RunDeps): Promise<void> {
  const { workflow } = deps;
  // Masks go out before anything that could print the value, including the material's own lines.
  for (const value of settings.preMask) workflow.setSecret(value);
  workflow.saveState(STATE.cleanup, String(settings.postCleanup));
  if (settings.session.insecureEndpoint)
    workflow.warning(insecureEndpointWarning(settings.session.endpoint, 'allow-insecure-endpoint'));
  if (settings.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) workflow.exportVariable(name, '');
  }
  if (settings.credentialMode === 'server') {
    if (deps.startServer === undefined)
      throw new RolesAnywhereError(
        'ERR_INTERNAL',
        'credential-mode server is not available in this build.',
        { input: 'credential-mode' },
      );
    await runServerMode(settings, workflow, deps.startServer);
    return;
  }

  const obtained = await deps.obtain(settings);
  const { credentials, material } = obtained;
  for (const secret of secretsOf(credentials)) workflow.setSecret(secret);
  // The Roles Anywhere set is never exported when chaining, but a later error may still print it.
  if (obtained.firstHop !== undefined)
    for (const secret of secretsOf(obtained.firstHop)) workflow.setSecret(secret);
  for (const fragment of material.secretFragments) workflow.setSecret(fragment);
  if (settings.maskAccountId) {
    for (const account of [credentials.accountId, obtained.firstHop?.accountId])
      if (account !== undefined) workflow.setSecret(account);
  }

  const expiration = rfc3339(credentials.expiration);
  const exports: (readonly [string, string])[] = [];
  if (settings.outputEnvCredentials) {
    exports.push(['AWS_ACCESS_KEY_ID', credentials.accessKeyId]);
    exports.push(['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey]);
    exports.push(['AWS_SESSION_TOKEN', credentials.sessionToken]);
    exports.push(['AWS_CREDENTIAL_EXPIRATION', expiration]);
  }
  exports.push(['AWS_REGION', settings.exportRegion]);
  exports.push(['AWS_DEFAULT_REGION', settings.exportRegion]);
  // What can fail runs before the first export: a step that fails has exported nothing.
  const written =
    settings.awsProfile === undefined
      ? undefined
      : deps.writeProfile(settings.awsProfile, credentials);
  if (written !== undefined) {
    workflow.saveState(STATE.files, JSON.stringify([written]));
    exports.push(['AWS_PROFILE', written.profile]);
  }
  exportAll(workflow, exports);
  if (written !== undefined)
    workflow.info(`Wrote profile [${written.profile}] to ${written.path} (0600).`);

  if (credentials.accountId !== undefined)
    workflow.setOutput('aws-account-id', credentials.accountId);
  workflow.setOutput('assumed-role-arn', credentials.assumedRoleArn);
  if (credentials.subjectArn !== undefined)
    workflow.setOutput('subject-arn', credentials.subjectArn);
  workflow.setOutput('certificate-serial', material.serialDecimal);
  workflow.setOutput('expiration', expiration);
  if (settings.outputCredentials) {
    workflow.setOutput('aws-access-key-id', credentials.accessKeyId);
    workflow.setOutput('aws-secret-access-key', credentials.secretAccessKey);
    workflow.setOutput('aws-session-token', credentials.sessionToken);
  }

  for (const note of material.notes) workflow.info(note);
  workflow.info(describeSession(obtained));
  await workflow.summary('AWS credentials from IAM Roles Anywhere', [
    ['Assumed role', credentials.assumedRoleArn],
    ['Certificate', `${material.subject} (serial ${material.serialDecimal})`],
    ['Expires', expiration],
    ['Region', settings.exportRegion],
  ]);
}

/**
 * credential-mode server: a detached server keeps the key in memory for the rest of the job; only
 * its URL and the (masked) token are exported, and the post step stops it.
 */
async function runServerMode(
  settings: ActionSettings,
  workflow: Workflow,
  startServer: (settings: ActionSettings) => Promise<StartedServer>,
): Promise<void> {
  const server = await startServer(settings);
  // The pid first, so the post step stops the server whatever fails next; the mask before any export.
  workflow.saveState(STATE.serverPid, String(server.pid));
  if (server.logFile !== undefined) workflow.saveState(STATE.serverLog, server.logFile);
  workflow.setSecret(server.endpoints.authorizationToken);
  const { session } = server;
  if (settings.maskAccountId && session.accountId !== undefined)
    workflow.setSecret(session.accountId);
  exportAll(workflow, [
    [CONTAINER_URI_VARIABLE, server.endpoints.containerUrl],
    [CONTAINER_TOKEN_VARIABLE, server.endpoints.authorizationToken],
    ['AWS_REGION', settings.exportRegion],
    ['AWS_DEFAULT_REGION', settings.exportRegion],
  ]);

  if (session.accountId !== undefined) workflow.setOutput('aws-account-id', session.accountId);
  workflow.setOutput('assumed-role-arn', session.assumedRoleArn);
  if (session.subjectArn !== undefined) workflow.setOutput('subject-arn', session.subjectArn);
  workflow.setOutput('certificate-serial', session.certificateSerial);
  workflow.setOutput('expiration', session.expiration);

  workflow.info(
    `Credential server (pid ${server.pid}) serving ${session.assumedRoleArn} from certificate serial ${session.certificateSerial} at ${CONTAINER_URI_VARIABLE}; it refreshes before expiry (first credentials expire ${session.expiration}) until the post step stops it.`,
  );
  await workflow.summary('AWS credentials from IAM Roles Anywhere', [
    ['Assumed role', session.assumedRoleArn],
    ['Certificate', `${session.certificateSubject} (serial ${session.certificateSerial})`],
    ['Mode', 'credential server on 127.0.0.1, refreshing'],
    ['Region', settings.exportRegion],
  ]);
}

/** Stops the credential server of credential-mode server and shows its log (no secret is in it). */
async function stopServer(workflow: Workflow, deps: PostDeps): Promise<void> {
  const pid = Number(workflow.getState(STATE.serverPid));
  if (!Number.isSafeInteger(pid) || pid <= 1) return;
  const outcome = await deps.stopServer(pid);
  const logFile = workflow.getState(STATE.serverLog);
  const log = logFile === '' ? undefined : deps.takeLog(logFile);
  for (const line of (log ?? '').split('\n'))
    if (line.trim() !== '') workflow.info(`credential server: ${line}`);
  const said = {
    stopped: 'Stopped the credential server',
    'not-running': 'The credential server had already stopped',
    killed: 'The credential server did not stop in time and was killed',
  };
  workflow.info(`${said[outcome]} (pid ${pid}).`);
}

function isWrittenProfile(value: unknown): value is WrittenProfile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['path'] === 'string' &&
    typeof v['profile'] === 'string' &&
    typeof v['created'] === 'boolean'
  );
}

function undoFiles(workflow: Workflow, deps: PostDeps): void {
  const raw = workflow.getState(STATE.files);
  const written = raw === '' ? [] : (JSON.parse(raw) as unknown);
  if (!Array.isArray(written)) return;
  for (const entry of written) {
    if (!isWrittenProfile(entry)) continue;
    deps.undoProfile(entry);
    workflow.info(
      entry.created
        ? `Removed ${entry.path}.`
        : `Removed profile [${entry.profile}] from ${entry.path}.`,
    );
  }
}

/** The post step: stop the credential server, then undo what the main step wrote and exported, unless told not to. */
export async function runPost(workflow: Workflow, deps: PostDeps): Promise<void> {
  await stopServer(workflow, deps);
  if (workflow.getState(STATE.cleanup) === 'false') return;
  undoFiles(workflow, deps);
  const raw = workflow.getState(STATE.exported);
  const exported = raw === '' ? [] : (JSON.parse(raw) as unknown);
  if (!Array.isArray(exported)) return;
  let blanked = 0;
  for (const name of exported) {
    if (typeof name === 'string' && /^AWS_[A-Z_]+$/.test(name)) {
      workflow.exportVariable(name, '');
      blanked++;
    }
  }
  if (blanked > 0) workflow.info(`Cleared ${blanked} AWS variables exported by the main step.`);
}
