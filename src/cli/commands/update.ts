import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { scrub } from '../io.js';
import {
  readSharedCredentials,
  sharedCredentialsPath,
  writeSharedCredentials,
} from '../../files/sharedCredentials.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { resolveCliSession } from '../inputs/sessionInputs.js';
import { upsertProfile, validateProfileName } from '../../files/credentialsProfile.js';
import { describeSession, obtainSession } from '../session/obtainSession.js';
import { describeCause } from '../../core/errors.js';
import type { CredentialMaterial } from '../../core/material/index.js';
import { MaterialRotation } from '../../files/materialRotation.js';
import { materialFilePaths } from '../inputs/materialFilePaths.js';

/** aws_signing_helper refreshes 5 minutes before expiry; so do we. */
const REFRESH_BEFORE_MS = 5 * 60_000;
const RETRY_MS = 30_000;

/** When to refresh next: 5 minutes before expiry, at once if that is past. */
export function nextRefreshDelay(expiration: Date, now: Date): number {
  return Math.max(0, expiration.getTime() - REFRESH_BEFORE_MS - now.getTime());
}

export const updateCommand = defineCommand({
  name: 'update',
  summary: 'Write credentials into a profile of the shared credentials file, and keep them fresh.',
  description: [
    "Compatible with `aws_signing_helper update`. The file is AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials; only the profile's aws_access_key_id, aws_secret_access_key and aws_session_token change, every other byte is kept. The file is replaced atomically with a 0600 one and never written through a symlink.",
    'Without --once it refreshes 5 minutes before each expiry until SIGINT or SIGTERM, reading the certificate, key and intermediates files again first: a rotated pair that passes the checks is used from that refresh on; one that fails is logged once and the old pair keeps signing.',
  ],
  options: {
    ...SESSION_OPTIONS,
    profile: {
      type: 'string',
      value: '<name>',
      description: 'The profile to write (default "default").',
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
    const profile = validateProfileName(options.profile);
    const resolved = await resolveCliSession(options, io);
    let settings = resolved.settings;
    const path = sharedCredentialsPath(io.env, io.homeDir());
    let signedWith: CredentialMaterial | undefined;
    const refresh = async (): Promise<Date> => {
      const session = await obtainSession(
        settings,
        { insecure: options['no-verify-ssl'], debug: options.debug },
        io,
      );
      writeSharedCredentials(
        path,
        upsertProfile(readSharedCredentials(path), profile, session.credentials),
      );
      signedWith = session.material;
      io.stderr(
        `rolesanywhere-credentials: ${describeSession(session)} Wrote profile [${profile}] in ${path}.`,
      );
      return session.credentials.expiration;
    };
    let expiration = await refresh();
    if (options.once || signedWith === undefined) return 0;
    const rotation = new MaterialRotation(
      materialFilePaths(resolved.material),
      { sources: settings.material, material: signedWith },
      { now: io.now, log: (line) => io.stderr(`${PRODUCT}: ${line}`), names: settings.names },
    );
    for (;;) {
      const delay = nextRefreshDelay(expiration, io.now());
      io.stderr(
        `rolesanywhere-credentials: next refresh at ${new Date(io.now().getTime() + delay).toISOString()}.`,
      );
      if ((await io.sleepUntilStopped(delay)) === 'stopped') return 0;
      const rotated = await rotation.check();
      if (rotated !== undefined) settings = { ...settings, material: rotated.sources };
      try {
        expiration = await refresh();
      } catch (error) {
        // Keep going while the written credentials still work; a later attempt may succeed.
        const why = scrub(describeCause(error), io.secrets);
        io.stderr(
          `rolesanywhere-credentials: refresh failed: ${why} Retrying in ${RETRY_MS / 1000} s.`,
        );
        if ((await io.sleepUntilStopped(RETRY_MS)) === 'stopped') return 0;
      }
    }
  },
});
