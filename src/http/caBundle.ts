import { readFileSync } from 'node:fs';
import { RolesAnywhereError } from '../core/errors.js';
import { sdkCaBundleFiles, type Environment } from '../core/sdkEnvironment.js';

/**
 * The PEM text of AWS_CA_BUNDLE (and NODE_EXTRA_CA_CERTS with it), read now so a bad path fails
 * before any request; undefined: Node's own store. The sender adds the public roots.
 */
export function extraCertificateAuthorities(env: Environment): string[] | undefined {
  const files = sdkCaBundleFiles(env);
  if (files.length === 0) return undefined;
  const extra = files.map(({ path, variable }) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new RolesAnywhereError(
        'ERR_FILE',
        `${variable} points at ${path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        { input: variable, cause: error },
      );
    }
  });
  return extra;
}
