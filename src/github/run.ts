import type { SessionCredentials } from '../core/createSession/response.js';
import type { ObtainedSession } from '../session.js';
import type { ActionSettings } from './inputs.js';
import { CREDENTIAL_VARIABLES, STATE, type Workflow } from './workflow.js';

export interface RunDeps {
  readonly workflow: Workflow;
  readonly obtain: (settings: ActionSettings) => Promise<ObtainedSession>;
}

function secretsOf(credentials: SessionCredentials): string[] {
  return [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken];
}

/** The main step: mask, obtain, mask, export. Returns the variables it exported. */
export async function runMain(settings: ActionSettings, deps: RunDeps): Promise<void> {
  const { workflow } = deps;
  // Masks go out before anything that could print the value, including the material's own lines.
  for (const value of settings.preMask) workflow.setSecret(value);
  workflow.saveState(STATE.cleanup, String(settings.postCleanup));
  if (settings.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) workflow.exportVariable(name, '');
  }

  const { credentials, material, attempts } = await deps.obtain(settings);
  for (const secret of secretsOf(credentials)) workflow.setSecret(secret);
  for (const fragment of material.secretFragments) workflow.setSecret(fragment);
  if (settings.maskAccountId && credentials.accountId !== undefined) workflow.setSecret(credentials.accountId);

  const expiration = credentials.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const exported: string[] = [];
  const exportVariable = (name: string, value: string): void => {
    workflow.exportVariable(name, value);
    exported.push(name);
  };
  if (settings.outputEnvCredentials) {
    exportVariable('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
    exportVariable('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
    exportVariable('AWS_SESSION_TOKEN', credentials.sessionToken);
    exportVariable('AWS_CREDENTIAL_EXPIRATION', expiration);
  }
  exportVariable('AWS_REGION', settings.exportRegion);
  exportVariable('AWS_DEFAULT_REGION', settings.exportRegion);
  workflow.saveState(STATE.exported, JSON.stringify(exported));

  if (credentials.accountId !== undefined) workflow.setOutput('aws-account-id', credentials.accountId);
  workflow.setOutput('assumed-role-arn', credentials.assumedRoleArn);
  if (credentials.subjectArn !== undefined) workflow.setOutput('subject-arn', credentials.subjectArn);
  workflow.setOutput('certificate-serial', material.serialDecimal);
  workflow.setOutput('expiration', expiration);
  if (settings.outputCredentials) {
    workflow.setOutput('aws-access-key-id', credentials.accessKeyId);
    workflow.setOutput('aws-secret-access-key', credentials.secretAccessKey);
    workflow.setOutput('aws-session-token', credentials.sessionToken);
  }

  for (const note of material.notes) workflow.info(note);
  const retried = attempts > 1 ? ` after ${attempts} attempts` : '';
  workflow.info(`Obtained credentials for ${credentials.assumedRoleArn} (expires ${expiration}) from certificate serial ${material.serialDecimal}${retried}.`);
  await workflow.summary('AWS credentials from IAM Roles Anywhere', [
    ['Assumed role', credentials.assumedRoleArn],
    ['Certificate', `${material.subject} (serial ${material.serialDecimal})`],
    ['Expires', expiration],
    ['Region', settings.exportRegion],
  ]);
}

/** The post step: blank what the main step exported, unless told not to. */
export function runPost(workflow: Workflow): void {
  if (workflow.getState(STATE.cleanup) === 'false') return;
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
