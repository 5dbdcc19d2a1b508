import { RolesAnywhereError } from '../core/errors.js';
import { readSecretFile } from '../files/secretFile.js';
import { parsePkcs11Uri, type Pkcs11Uri } from '../core/pkcs11/uri.js';
import { openTokenKey } from '../pkcs11/tokenKey.js';
import { resolveModulePath } from '../pkcs11/tokenOptions.js';
import type { ActionSettings } from './inputs.js';

// A PIN file is a few bytes; anything larger is not one.
const MAX_PIN_FILE_BYTES = 4096;

/**
 * Opens the token named by a pkcs11: private-key (self-hosted runners) and puts its key, and its
 * certificate when that is on the token too, into the session's material. The PIN is masked the
 * moment it is read.
 */
export async function withTokenMaterial(
  settings: ActionSettings,
  env: Readonly<Record<string, string | undefined>>,
  mask: (secret: string) => void,
): Promise<ActionSettings> {
  const token = settings.token;
  if (token === undefined) return settings;
  const keyUri = parsePkcs11Uri(token.keyUri, token.keyInput);
  const certificateUri =
    token.certificateUri === undefined
      ? undefined
      : parsePkcs11Uri(token.certificateUri, 'certificate');
  const modulePath = resolveModulePath(keyUri.modulePath, `${token.keyInput} module-path`);
  const pin = readPin(keyUri, token.keyInput, env);
  if (pin !== undefined && pin !== '') mask(pin);
  const opened = await openTokenKey({
    keyUri,
    certificateUri,
    modulePath,
    pin,
    reusePin: false,
    input: token.keyInput,
  });
  const material = settings.session.material;
  return {
    ...settings,
    session: {
      ...settings.session,
      material: {
        ...material,
        certificate: opened.certificateDer ?? material.certificate,
        externalKey: opened.key,
      },
    },
  };
}

/** pin-source=env:NAME (a step's env:, usually from a secret) or a file; never the input itself. */
function readPin(
  uri: Pkcs11Uri,
  input: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const source = uri.pinSource;
  if (source === undefined) return undefined;
  if (source.startsWith('env:')) {
    const value = env[source.slice(4)];
    if (value === undefined || value === '') {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        `${input} pin-source ${source}: the variable is not set; pass the PIN to the step with env:.`,
        { input },
      );
    }
    return value.replace(/[\r\n]+$/, '');
  }
  const path = source.replace(/^file:(\/\/)?/, '');
  const bytes = readSecretFile(path, {
    input,
    holds: 'PIN',
    showPath: false,
    maxBytes: MAX_PIN_FILE_BYTES,
  });
  return bytes.toString('utf8').replace(/[\r\n]+$/, '');
}
