import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { scrub, type CliIo } from '../io.js';
import { editSharedCredentials, sharedCredentialsPath } from '../../files/sharedCredentials.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { resolveCliSession } from '../inputs/sessionInputs.js';
import { isProfileName, PROFILE_NAME_RULE, upsertProfile } from '../../files/credentialsProfile.js';
import { describeSession, obtainSession, type ObtainOptions } from '../session/obtainSession.js';
import type { SessionSettings } from '../../core/settings.js';
import { describeCause, isRolesAnywhereError, RolesAnywhereError } from '../../core/errors.js';
import type { ErrorCode } from '../../core/errors.js';
import type { CredentialMaterial } from '../../core/material/index.js';
import { MaterialRotation } from '../../files/materialRotation.js';
import { materialFilePaths } from '../inputs/materialFilePaths.js';
import {
  afterFailure,
  afterRefresh,
  REFRESH_BEFORE_MS,
  type RefreshStep,
} from '../update/refreshSchedule.js';

/** The certificate itself can no longer get a session: retrying cannot help. */
const GIVE_UP_CODES: ReadonlySet<ErrorCode> = new Set(['ERR_CERT_EXPIRED']);

function profileOption(value: string | undefined): string {
  const profile = value ?? 'default';
  if (!isProfileName(profile))
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `--profile "${profile}" is not a usable profile name: use ${PROFILE_NAME_RULE}.`,
      { input: '--profile' },
    );
  return profile;
}

/** What one refresh leaves for the next. */
interface UpdateState {
  settings: SessionSettings;
  signedWith: CredentialMaterial | undefined;
  certificateNotAfter: Date;
  /** Sessions in a row that arrived already inside the refresh margin. */
  shortStreak: number;
}

interface ProfileTarget {
  readonly profile: string;
  readonly path: string;
}

/** One refresh: a session, written into the profile, and when to call again. */
async function obtainAndWrite(
  state: UpdateState,
  target: ProfileTarget,
  flags: ObtainOptions,
  io: CliIo,
): Promise<RefreshStep> {
  const session = await obtainSession(state.settings, flags, io);
  editSharedCredentials(target.path, (content) =>
    upsertProfile(content, target.profile, session.credentials, target.path),
  );
  state.signedWith = session.material;
  io.stderr(
    `rolesanywhere-credentials: ${describeSession(session)} Wrote profile [${target.profile}] in ${target.path}.`,
  );
  const expiration = session.credentials.expiration;
  state.certificateNotAfter = session.material.notAfter;
  const step = afterRefresh(expiration, state.certificateNotAfter, io.now(), state.shortStreak + 1);
  state.shortStreak = step.kind === 'wait' && step.short ? state.shortStreak + 1 : 0;
  if (step.kind === 'wait' && step.short)
    io.stderr(
      `rolesanywhere-credentials: warning: these credentials expire at ${expiration.toISOString()}, within the ${REFRESH_BEFORE_MS / 60_000}-minute refresh margin (is the profile's or role's session duration that short?).`,
    );
  return step;
}

/**
 * When to try again after a refresh failed. Keeps going while the written credentials still
 * work, since a later attempt may succeed; a certificate that can no longer get a session ends
 * the run.
 */
function afterFailedRefresh(
  error: unknown,
  state: UpdateState,
  failures: number,
  io: CliIo,
): RefreshStep {
  if (isRolesAnywhereError(error) && GIVE_UP_CODES.has(error.code)) throw error;
  const why = scrub(describeCause(error), io.secrets);
  const step = afterFailure(state.certificateNotAfter, io.now(), failures);
  io.stderr(
    step.kind === 'wait'
      ? `rolesanywhere-credentials: refresh failed: ${why} Retrying in ${step.ms / 1000} s.`
      : `rolesanywhere-credentials: refresh failed: ${why}`,
  );
  return step;
}

/** Sleeps until each next refresh, picking up rotated material files, until stopped. */
async function refreshUntilStopped(
  first: RefreshStep,
  state: UpdateState,
  loop: { readonly refresh: () => Promise<RefreshStep>; readonly rotation: MaterialRotation },
  io: CliIo,
): Promise<number> {
  let step = first;
  let failures = 0;
  for (;;) {
    if (step.kind === 'give-up')
      throw new RolesAnywhereError('ERR_CERT_EXPIRED', `update stopped: ${step.why}`, {
        input: '--certificate',
      });
    io.stderr(
      `rolesanywhere-credentials: next refresh at ${new Date(io.now().getTime() + step.ms).toISOString()}.`,
    );
    if ((await io.sleepUntilStopped(step.ms)) === 'stopped') return 0;
    const rotated = await loop.rotation.check();
    if (rotated !== undefined) state.settings = { ...state.settings, material: rotated.sources };
    try {
      step = await loop.refresh();
      failures = 0;
    } catch (error) {
      failures += 1;
      step = afterFailedRefresh(error, state, failures, io);
    }
  }
}

export const updateCommand = defineCommand({
  name: 'update',
  summary: 'Write credentials into a profile of the shared credentials file, and keep them fresh.',
  description: [
    "Compatible with `aws_signing_helper update`. The file is AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials; only the profile's aws_access_key_id, aws_secret_access_key and aws_session_token change, every other byte is kept. The file is replaced atomically with a 0600 one and never written through a symlink.",
    'Without --once it refreshes 5 minutes before each expiry until SIGINT or SIGTERM, never more often than every 30 s: sessions that arrive already inside that margin, and failed refreshes, back off up to 5 minutes. It stops with an error once the certificate expires within the margin. Before each refresh it reads the certificate, key and intermediates files again: a rotated pair that passes the checks is used from that refresh on; one that fails is logged once and the old pair keeps signing.',
  ],
  options: {
    ...SESSION_OPTIONS,
    profile: {
      type: 'string',
      value: '<name>',
      description: `The profile to write (default "default"): ${PROFILE_NAME_RULE}.`,
    },
    once: {
      type: 'boolean',
      description: 'Write once and exit instead of refreshing until stopped.',
    },
  },
  examples: [
    `${PRODUCT} update --profile ra --once --certificate cert.pem --private-key key.pem --trust-anchor-arn ... --profile-arn ... --role-arn ...`,
    `AWS_SHARED_CREDENTIALS_FILE=/run/app/credentials ${PRODUCT} update --profile app --certificate cert.pem --private-key key.pem ...`,
  ],
  run: async (options, io) => {
    const profile = profileOption(options.profile);
    const resolved = await resolveCliSession(options, io);
    const target = { profile, path: sharedCredentialsPath(io.env, io.homeDir()) };
    const state: UpdateState = {
      settings: resolved.settings,
      signedWith: undefined,
      certificateNotAfter: new Date(8.64e15),
      shortStreak: 0,
    };
    const flags = { insecure: options['no-verify-ssl'], debug: options.debug };
    const writeOnce = (): Promise<RefreshStep> => obtainAndWrite(state, target, flags, io);
    // A signal mid-refresh ends the run at once; never halfway through writing the file.
    const refresh = (): Promise<RefreshStep> =>
      io.exitOnSignalDuring === undefined ? writeOnce() : io.exitOnSignalDuring(writeOnce);
    const step = await refresh();
    if (options.once || state.signedWith === undefined) return 0;
    const rotation = new MaterialRotation(
      materialFilePaths(resolved.material),
      { sources: state.settings.material, material: state.signedWith },
      {
        now: io.now,
        log: (line) => {
          io.stderr(`${PRODUCT}: ${line}`);
        },
        names: state.settings.names,
      },
    );
    return refreshUntilStopped(step, state, { refresh, rotation }, io);
  },
});
