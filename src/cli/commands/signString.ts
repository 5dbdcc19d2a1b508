import { sign } from 'node:crypto';
import { RolesAnywhereError } from '../../core/errors.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';
import { MATERIAL_OPTIONS } from '../inputs/credentialOptions.js';
import { inspectPrivateKeyInput } from '../inputs/materialInspect.js';
import { readSource } from '../inputs/readSource.js';
import { readPassphrase, rememberKeyLines } from '../inputs/sessionInputs.js';

const DIGESTS = { SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' } as const;
const FORMATS = ['json', 'text', 'bin'] as const;

function pick<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  flag: string,
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (found === undefined) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `sign-string: ${flag} must be one of ${allowed.join(', ')}, got "${value}".`,
      { input: flag },
    );
  }
  return found;
}

export const signStringCommand = defineCommand({
  name: 'sign-string',
  summary: 'Sign stdin with the private key, as `aws_signing_helper sign-string` does.',
  description: [
    'Hashes stdin with --digest and signs it: RSA PKCS#1 v1.5, or ECDSA with an ASN.1 DER signature. --format json (default) prints the hex signature as a JSON string, text prints the hex alone, bin the raw bytes; none adds a newline.',
  ],
  options: {
    'private-key': {
      ...MATERIAL_OPTIONS['private-key'],
      value: '<file|env:NAME>',
      description:
        'The private key in any supported form, or a PKCS#12 bundle (stdin carries the data).',
    },
    'pkcs8-password': MATERIAL_OPTIONS['pkcs8-password'],
    digest: {
      type: 'string',
      value: '<SHA256|SHA384|SHA512>',
      description: 'Hash of the data (default SHA256).',
    },
    format: {
      type: 'string',
      value: '<json|text|bin>',
      description: 'Output format (default json).',
    },
    debug: { type: 'boolean', description: 'Error detail on stderr.' },
  },
  examples: [
    `printf 'data' | ${PRODUCT} sign-string --private-key key.pem`,
    `${PRODUCT} sign-string --private-key env:RA_KEY --digest SHA384 --format text < string-to-sign.txt`,
  ],
  run: async (options, io) => {
    const digest = pick(
      options.digest,
      Object.keys(DIGESTS) as (keyof typeof DIGESTS)[],
      'SHA256',
      '--digest',
    );
    const format = pick(options.format, FORMATS, 'json', '--format');
    if (options['private-key'] === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        '--private-key is required: a file path or env:NAME (stdin carries the data to sign).',
        { input: '--private-key' },
      );
    }
    const source = await readSource(options['private-key'], '--private-key', io, () => {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        'sign-string: --private-key cannot be - because stdin carries the data to sign; give a file or env:NAME.',
        { input: '--private-key' },
      );
    });
    rememberKeyLines(source.content, io);
    const { key, keyType } = inspectPrivateKeyInput(
      source.content,
      readPassphrase(options['pkcs8-password'], io),
    );
    const data = await io.readStdin();
    // Pure ML-DSA has no digest step: it signs the data itself, as CreateSession does.
    const signature =
      keyType === 'ml-dsa'
        ? sign(null, data, key)
        : sign(DIGESTS[digest], data, keyType === 'ec' ? { key, dsaEncoding: 'der' } : key);
    const hex = signature.toString('hex');
    io.stdout(format === 'bin' ? signature : format === 'text' ? hex : JSON.stringify(hex));
    return 0;
  },
});
