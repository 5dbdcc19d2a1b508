import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { RolesAnywhereError } from '../core/errors.js';

/**
 * Node reads NODE_EXTRA_CA_CERTS once at start-up into its default store, but an explicit `ca`
 * option replaces that store; so when AWS_CA_BUNDLE is set, both are added to the public roots.
 */
export function extraCertificateAuthorities(
  env: Readonly<Record<string, string | undefined>>,
): string[] | undefined {
  const bundle = env['AWS_CA_BUNDLE'];
  if (bundle === undefined || bundle.trim() === '') return undefined;
  const files = [['AWS_CA_BUNDLE', bundle.trim()]];
  const nodeExtra = env['NODE_EXTRA_CA_CERTS'];
  if (nodeExtra !== undefined && nodeExtra.trim() !== '')
    files.push(['NODE_EXTRA_CA_CERTS', nodeExtra.trim()]);
  const extra = files.map(([name = '', path = '']) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new RolesAnywhereError(
        'ERR_FILE',
        `${name} points at ${path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        { input: name, cause: error },
      );
    }
  });
  return [...rootCertificates, ...extra];
}
