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

/** What the step outputs say of the session, whichever mode obtained it. */
interface SessionOutputs {
  readonly accountId: string | undefined;
  readonly assumedRoleArn: string;
  readonly subjectArn: string | undefined;
  readonly certificateSerial: string;
  readonly expiration: string;
}

/** What a mode hands out; both modes publish it the same way, in the same order. */
interface Publication {
  /** Variables before AWS_REGION and AWS_DEFAULT_REGION, then those after them. */
  readonly exports: readonly (readonly [string, string])[];
  readonly exportsAfterRegion: readonly (readonly [string, string])[];
  /** Lines for the log once the variables are out. */
  readonly exported: readonly string[];
  readonly outputs: SessionOutputs;
  readonly secretOutputs: readonly (readonly [string, string])[];
  readonly notes: readonly string[];
  /** Summary rows; the region row is added. */
  readonly summary: readonly (readonly [string, string])[];
}

/** Masks go out before anything that could print the value; account ids when asked to. */
function maskAll(
  workflow: Workflow,
  settings: ActionSettings,
  secrets: readonly string[],
  accountIds: readonly (string | undefined)[],
): void {
  for (const secret of secrets) workflow.setSecret(secret);
  if (!settings.maskAccountId) return;
  for (const account of accountIds) if (account !== undefined) workflow.setSecret(account);
}

/** The one publish path: export, outputs, log, summary. */
async function publish(
  workflow: Workflow,
  settings: ActionSettings,
  publication: Publication,
): Promise<void> {
  exportAll(workflow, [
    ...publication.exports,
    ['AWS_REGION', settings.exportRegion],
    ['AWS_DEFAULT_REGION', settings.exportRegion],
    ...publication.exportsAfterRegion,
  ]);
  for (const line of publication.exported) workflow.info(line);
  const { outputs } = publication;
  if (outputs.accountId !== undefined) workflow.setOutput('aws-account-id', outputs.accountId);
  workflow.setOutput('assumed-role-arn', outputs.assumedRoleArn);
  if (outputs.subjectArn !== undefined) workflow.setOutput('subject-arn', outputs.subjectArn);
  workflow.setOutput('certificate-serial', outputs.certificateSerial);
  workflow.setOutput('expiration', outputs.expiration);
  for (const [name, value] of publication.secretOutputs) workflow.setOutput(name, value);
  for (const note of publication.notes) workflow.info(note);
  await workflow.summary('AWS credentials from IAM Roles Anywhere', [
    ...publication.summary,
    ['Region', settings.exportRegion],
  ]);
}

/** The main step: mask, obtain, mask, then write the profile and publish. */
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
    await publish(workflow, settings, await startServerMode(settings, workflow, deps.startServer));
    return;
  }
  await publish(workflow, settings, await obtainEnvMode(settings, deps));
}

/** credential-mode env: the credentials themselves, as variables, outputs or a profile. */
async function obtainEnvMode(settings: ActionSettings, deps: RunDeps): Promise<Publication> {
  const { workflow } = deps;
  const obtained = await deps.obtain(settings);
  const { credentials, material } = obtained;
  maskAll(
    workflow,
    settings,
    [
      ...secretsOf(credentials),
      // The Roles Anywhere set is never exported when chaining, but a later error may still print it.
      ...(obtained.firstHop === undefined ? [] : secretsOf(obtained.firstHop)),
      ...material.secretFragments,
    ],
    [credentials.accountId, obtained.firstHop?.accountId],
  );

  const expiration = rfc3339(credentials.expiration);
  // What can fail runs before the first export: a step that fails has exported nothing.
  const written =
    settings.awsProfile === undefined
      ? undefined
      : deps.writeProfile(settings.awsProfile, credentials);
  if (written !== undefined) workflow.saveState(STATE.files, JSON.stringify([written]));
  return {
    exports: settings.outputEnvCredentials
      ? [
          ['AWS_ACCESS_KEY_ID', credentials.accessKeyId],
          ['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey],
          ['AWS_SESSION_TOKEN', credentials.sessionToken],
          ['AWS_CREDENTIAL_EXPIRATION', expiration],
        ]
      : [],
    exportsAfterRegion: written === undefined ? [] : [['AWS_PROFILE', written.profile]],
    exported:
      written === undefined
        ? []
        : [`Wrote profile [${written.profile}] to ${written.path} (0600).`],
    outputs: {
      accountId: credentials.accountId,
      assumedRoleArn: credentials.assumedRoleArn,
      subjectArn: credentials.subjectArn,
      certificateSerial: material.serialDecimal,
      expiration,
    },
    secretOutputs: settings.outputCredentials
      ? [
          ['aws-access-key-id', credentials.accessKeyId],
          ['aws-secret-access-key', credentials.secretAccessKey],
          ['aws-session-token', credentials.sessionToken],
        ]
      : [],
    notes: [...material.notes, describeSession(obtained)],
    summary: [
      ['Assumed role', credentials.assumedRoleArn],
      ['Certificate', `${material.subject} (serial ${material.serialDecimal})`],
      ['Expires', expiration],
    ],
  };
}

/**
 * credential-mode server: a detached server keeps the key in memory for the rest of the job; only
 * its URL and the (masked) token are exported, and the post step stops it.
 */
async function startServerMode(
  settings: ActionSettings,
  workflow: Workflow,
  startServer: (settings: ActionSettings) => Promise<StartedServer>,
): Promise<Publication> {
  const server = await startServer(settings);
  // The pid first, so the post step stops the server whatever fails next; the mask before any export.
  workflow.saveState(STATE.serverPid, String(server.pid));
  if (server.logFile !== undefined) workflow.saveState(STATE.serverLog, server.logFile);
  const { session } = server;
  maskAll(workflow, settings, [server.endpoints.authorizationToken], [session.accountId]);
  return {
    exports: [
      [CONTAINER_URI_VARIABLE, server.endpoints.containerUrl],
      [CONTAINER_TOKEN_VARIABLE, server.endpoints.authorizationToken],
    ],
    exportsAfterRegion: [],
    exported: [],
    outputs: {
      accountId: session.accountId,
      assumedRoleArn: session.assumedRoleArn,
      subjectArn: session.subjectArn,
      certificateSerial: session.certificateSerial,
      expiration: session.expiration,
    },
    secretOutputs: [],
    notes: [
      `Credential server (pid ${server.pid}) serving ${session.assumedRoleArn} from certificate serial ${session.certificateSerial} at ${CONTAINER_URI_VARIABLE}; it refreshes before expiry (first credentials expire ${session.expiration}) until the post step stops it.`,
    ],
    summary: [
      ['Assumed role', session.assumedRoleArn],
      ['Certificate', `${session.certificateSubject} (serial ${session.certificateSerial})`],
      ['Mode', 'credential server on 127.0.0.1, refreshing'],
    ],
  };
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
