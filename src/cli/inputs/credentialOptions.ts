import type { BooleanOption, StringOption } from '../command.js';
import { PKCS11_OPTIONS } from './tokenInputs.js';

const FILE = '<file|env:NAME|->';

/** The flags every credential-vending command shares with `aws_signing_helper`. */
export const MATERIAL_OPTIONS = {
  certificate: {
    type: 'string',
    value: FILE,
    description:
      'The leaf certificate (optionally followed by its intermediates) as PEM, DER, base64 of either, or a PKCS#12 bundle holding the key too.',
  },
  'private-key': {
    type: 'string',
    value: FILE,
    description:
      'The private key, RSA 2048–4096, EC P-256/P-384 or ML-DSA (Node 24): PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64; or a pkcs11: URI of a key on a token. Omit with a PKCS#12 --certificate.',
  },
  intermediates: {
    type: 'string',
    value: FILE,
    description: 'Intermediate CA certificates, leaf side first; never the trust anchor root.',
  },
  'pkcs8-password': {
    type: 'string',
    value: '<env:NAME|password>',
    description:
      'Passphrase of an encrypted key or PKCS#12 bundle. Prefer env:NAME: a literal password in argv is visible to other processes.',
  },
  ...PKCS11_OPTIONS,
} as const satisfies Record<string, StringOption | BooleanOption>;

export const SESSION_OPTIONS = {
  ...MATERIAL_OPTIONS,
  'trust-anchor-arn': {
    type: 'string',
    value: '<arn>',
    description: 'The trust anchor ARN; its region is the signing region.',
  },
  'profile-arn': {
    type: 'string',
    value: '<arn>',
    description: 'The Roles Anywhere profile ARN (same region as the trust anchor).',
  },
  'role-arn': {
    type: 'string',
    value: '<arn>',
    description: 'The IAM role to assume; it must be listed in the profile.',
  },
  'session-duration': {
    type: 'string',
    value: '<duration>',
    description:
      'Session length: seconds (900–43200), or 15m / 2h (default 3600; the profile may cap it).',
  },
  'role-session-name': {
    type: 'string',
    value: '<name>',
    description: 'Role session name; the profile must allow it (acceptRoleSessionName).',
  },
  region: {
    type: 'string',
    value: '<region>',
    description: "Signing region; defaults to the trust anchor's and must agree with it.",
  },
  endpoint: {
    type: 'string',
    value: '<url>',
    description:
      'CreateSession endpoint URL (VPC endpoint, emulator). Else AWS_ENDPOINT_URL_ROLESANYWHERE, AWS_ENDPOINT_URL, then the public one (AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT honoured).',
  },
  'no-verify-ssl': {
    type: 'boolean',
    description: 'Skip TLS verification of the endpoint (local tests only).',
  },
  'with-proxy': {
    type: 'boolean',
    description:
      'Accepted for compatibility: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are always honoured.',
  },
  debug: { type: 'boolean', description: 'Progress and error detail on stderr (never a secret).' },
} as const satisfies Record<string, StringOption | BooleanOption>;
