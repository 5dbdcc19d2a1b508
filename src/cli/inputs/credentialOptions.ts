import type { BooleanOption, StringOption } from '../command.js';
import { PKCS11_OPTIONS } from './tokenFlags.js';

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

/** Role chaining (STS AssumeRole after CreateSession) and the account guard. */
export const CHAIN_OPTIONS = {
  'chain-role-arn': {
    type: 'string',
    value: '<arn>',
    description:
      'After CreateSession, assume this role with STS AssumeRole and hand over only its credentials.',
  },
  'chain-role-session-name': {
    type: 'string',
    value: '<name>',
    description: "Session name for the chained role (default: the Roles Anywhere session's name).",
  },
  'chain-external-id': {
    type: 'string',
    value: '<id>',
    description: "External id the chained role's trust policy expects.",
  },
  'chain-duration': {
    type: 'string',
    value: '<duration>',
    description:
      'Chained session length: 900–3600 seconds, or 15m / 1h (default 3600; STS caps chained sessions at 1 hour).',
  },
  'chain-policy': {
    type: 'string',
    value: '<json|file://path>',
    description:
      'Inline session policy (JSON, at most 2048 characters) narrowing the chained role.',
  },
  'chain-policy-arns': {
    type: 'string',
    value: '<arn,...>',
    description: 'Managed policy ARNs narrowing the chained role (up to 10).',
  },
  'chain-tags': {
    type: 'string',
    value: '<Key=Value,...>',
    description: 'Session tags for the chained role (its trust policy must allow sts:TagSession).',
  },
  'chain-transitive-tag-keys': {
    type: 'string',
    value: '<key,...>',
    description: 'Which of --chain-tags pass on to further role chaining.',
  },
  'sts-endpoint': {
    type: 'string',
    value: '<url>',
    description:
      'STS endpoint URL for the chained call. Else AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, then the regional one (FIPS and dual-stack variables honoured).',
  },
  'allowed-account-ids': {
    type: 'string',
    value: '<id,...>',
    description:
      'Refuse credentials (Roles Anywhere or chained) for any account not in this list, before anything is printed or written.',
  },
} as const satisfies Record<string, StringOption>;

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
  ...CHAIN_OPTIONS,
  'allow-insecure-endpoint': {
    type: 'boolean',
    description:
      'Allow an http:// --endpoint on a host other than this machine (a test network); warns. Plain HTTP to loopback needs no flag.',
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
