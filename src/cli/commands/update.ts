import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { scrub } from '../io.js';
import { editSharedCredentials, sharedCredentialsPath } from '../../files/sharedCredentials.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { resolveCliSession } from '../inputs/sessionInputs.js';
import { isProfileName, PROFILE_NAME_RULE, upsertProfile } from '../../files/credentialsProfile.js';
import { describeSession, obtainSession } from '../session/obtainSession.js';
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
    let settings = resolved.settings;
    const path = sharedCredentialsPath(io.env, io.homeDir());
    let signedWith: CredentialMaterial | undefined;
    const obtainAndWrite = async (): Promise<RefreshStep> => {
      const session = await obtainSession(
        settings,
        { insecure: options['no-verify-ssl'], debug: options.debug },
        io,
      );
      editSharedCredentials(path, (content) =>
        upsertProfile(content, profile, session.credentials, path),
      );
      signedWith = session.material;
      io.stderr(
        `rolesanywhere-credentials: ${describeSession(session)} Wrote profile [${profile}] in ${path}.`,
      );
      const expiration = session.credentials.expiration;
      certificateNotAfter = session.material.notAfter;
      const step = afterRefresh(expiration, certificateNotAfter, io.now(), shortStreak + 1);
      shortStreak = step.kind === 'wait' && step.short ? shortStreak + 1 : 0;
      if (step.kind === 'wait' && step.short)
        io.stderr(
          `rolesanywhere-credentials: warning: these credentials expire at ${expiration.toISOString()}, within the ${REFRESH_BEFORE_MS / 60_000}-minute refresh margin (is the profile's or role's session duration that short?).`,
        );
      return step;
    };
    // A signal mid-refresh ends the run at once; never halfway through writing the file.
    const refresh = (): Promise<RefreshStep> =>
      io.exitOnSignalDuring === undefined
        ? obtainAndWrite()
        : io.exitOnSignalDuring(obtainAndWrite);
    let shortStreak = 0;
    let certificateNotAfter = new Date(8.64e15);
    let failures = 0;
    let step = await refresh();
    if (options.once || signedWith === undefined) return 0;
    const rotation = new MaterialRotation(
      materialFilePaths(resolved.material),
      { sources: settings.material, material: signedWith },
      {
        now: io.now,
        log: (line) => {
          io.stderr(`${PRODUCT}: ${line}`);
        },
        names: settings.names,
      },
    );
    for (;;) {
      if (step.kind === 'give-up')
        throw new RolesAnywhereError('ERR_CERT_EXPIRED', `update stopped: ${step.why}`, {
          input: '--certificate',
        });
      io.stderr(
        `rolesanywhere-credentials: next refresh at ${new Date(io.now().getTime() + step.ms).toISOString()}.`,
      );
      if ((await io.sleepUntilStopped(step.ms)) === 'stopped') return 0;
      const rotated = await rotation.check();
      if (rotated !== undefined) settings = { ...settings, material: rotated.sources };
      try {
        step = await refresh();
        failures = 0;
      } catch (error) {
        if (isRolesAnywhereError(error) && GIVE_UP_CODES.has(error.code)) throw error;
        // Keep going while the written credentials still work; a later attempt may succeed.
        failures += 1;
        const why = scrub(describeCause(error), io.secrets);
        step = afterFailure(certificateNotAfter, io.now(), failures);
        io.stderr(
          step.kind === 'wait'
            ? `rolesanywhere-credentials: refresh failed: ${why} Retrying in ${step.ms / 1000} s.`
            : `rolesanywhere-credentials: refresh failed: ${why}`,
        );
      }
    }
  },
});
