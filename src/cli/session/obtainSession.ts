import { describeSession } from '../../core/describeSession.js';
import type { CredentialMaterial } from '../../core/material/index.js';
import type { SessionSettings } from '../../core/settings.js';
import type { ObtainedSession } from '../../session.js';
import type { CliIo } from '../io.js';

export interface ObtainOptions {
  readonly insecure: boolean;
  readonly debug: boolean;
}

/**
 * Loads the material, signs and calls CreateSession. Imported lazily: the signer, the ASN.1
 * library and the transport are only loaded when the cache cannot answer.
 */
export async function obtainSession(
  settings: SessionSettings,
  options: ObtainOptions,
  io: CliIo,
  material?: CredentialMaterial,
): Promise<ObtainedSession> {
  const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
    import('../../session.js'),
    import('../../http/index.js'),
  ]);
  if (options.insecure)
    io.stderr(
      "rolesanywhere-credentials: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked.",
    );
  const send = createEnvironmentSender({
    attemptTimeoutMs: settings.retry.attemptTimeoutMs,
    env: io.env,
    insecure: options.insecure,
  });
  const log = options.debug
    ? (line: string): void => {
        io.stderr(`rolesanywhere-credentials: ${line}`);
      }
    : undefined;
  log?.(
    `Calling CreateSession at ${settings.endpoint.href} for ${settings.role.arn} (region ${settings.region}, ${settings.durationSeconds} s).`,
  );
  const session = await obtainCredentials(
    settings,
    {
      send,
      now: io.now,
      sleep: io.sleep,
      warn: (line) => {
        io.stderr(`rolesanywhere-credentials: warning: ${line}`);
      },
      ...(log === undefined ? {} : { log }),
    },
    material,
  );
  for (const fragment of session.material.secretFragments) io.secrets.add(fragment);
  for (const set of [session.credentials, session.firstHop]) {
    if (set === undefined) continue;
    io.secrets.add(set.secretAccessKey);
    io.secrets.add(set.sessionToken);
  }
  log?.(describeSession(session));
  return session;
}

export { describeSession } from '../../core/describeSession.js';
