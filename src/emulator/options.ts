/**
 * The emulator's options, checked once at start-up, and the mutable state the running server
 * reads on each request (clock, profile cap and faults can change between requests).
 */
import { RolesAnywhereError } from '../core/errors.js';
import { parseRoleArn, parseRolesAnywhereArn } from './arns.js';
import {
  decodeCertificates,
  MlDsaNeedsNode24,
  parseCertificate,
  type ParsedCertificate,
} from './certificate.js';
import type { AssumableRole, StsFault } from './assumeRole.js';
import { CredentialsStore, type IssuedCredentials } from './credentialsStore.js';
import { FaultQueue, type Fault } from './faults.js';
import { TokenBucket } from './rateLimit.js';
import { MAX_DURATION_SECONDS, MIN_DURATION_SECONDS } from './sessionRequest.js';
import { loadTrustPolicies, type TrustPolicies } from './trustPolicyCheck.js';

export interface EmulatorOptions {
  /** CA certificates the trust anchor holds: PEM (one or more blocks), base64 DER, or bytes. */
  readonly trustAnchors: readonly (string | Uint8Array)[];
  /** When set, the request must name exactly these; when unset any valid ARN is taken. */
  readonly trustAnchorArn?: string | undefined;
  readonly profileArn?: string | undefined;
  readonly roleArn?: string | undefined;
  /** The profile's session duration cap, 900..43200. Default 43200. */
  readonly maxDurationSeconds?: number;
  /** Whether the profile lets callers set roleSessionName. Default false. */
  readonly acceptRoleSessionName?: boolean;
  /**
   * Accept an end-entity certificate that lacks the basicConstraints or keyUsage extension, which
   * AWS documents as required. Default false: such a leaf is refused.
   */
  readonly lenientExtensions?: boolean;
  readonly clock?: () => Date;
  /** Receives one verdict line per request. Default: stderr. */
  readonly log?: (line: string) => void;
  readonly faults?: readonly Fault[];
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Serve HTTPS with this PEM certificate and key. */
  readonly tls?: { readonly cert: string; readonly key: string };
  /** CreateSession requests a second (burst the same); the excess is throttled. Default: none. */
  readonly rateLimit?: number;
  /**
   * The role's trust policy (JSON text or value), or `{ "<role ARN>": policy, … }` for several
   * roles; CreateSession is refused (403) when it does not let the certificate in.
   */
  readonly trustPolicy?: unknown;
  /** Roles STS AssumeRole may assume (role chaining); when unset, any role from any caller. */
  readonly assumableRoles?: readonly AssumableRole[];
  /** STS errors answered to AssumeRole before judging it (throttling, 5xx). */
  readonly stsFaults?: readonly StsFault[];
  /** Sees every credential set issued (CreateSession and AssumeRole), secrets included: for leak tests. */
  readonly onIssue?: (credentials: IssuedCredentials) => void;
}

export interface ProfileSettings {
  readonly trustAnchorArn: string | undefined;
  readonly profileArn: string | undefined;
  readonly roleArn: string | undefined;
  readonly acceptRoleSessionName: boolean;
  maxDurationSeconds: number;
}

export interface EmulatorState {
  readonly anchors: readonly ParsedCertificate[];
  readonly lenientExtensions: boolean;
  readonly profile: ProfileSettings;
  readonly credentials: CredentialsStore;
  readonly faults: FaultQueue;
  readonly rateLimit: { readonly perSecond: number; readonly bucket: TokenBucket } | undefined;
  readonly log: (line: string) => void;
  readonly trustPolicies: TrustPolicies | undefined;
  clock: () => Date;
  readonly assumableRoles: readonly AssumableRole[] | undefined;
  readonly stsFaults: { readonly fault: StsFault; remaining: number }[];
}

export function createState(options: EmulatorOptions): EmulatorState {
  return {
    anchors: parseAnchors(options.trustAnchors),
    lenientExtensions: options.lenientExtensions ?? false,
    profile: {
      trustAnchorArn: checkArn('trustAnchorArn', options.trustAnchorArn, (v) =>
        parseRolesAnywhereArn('trust-anchor', v),
      ),
      profileArn: checkArn('profileArn', options.profileArn, (v) =>
        parseRolesAnywhereArn('profile', v),
      ),
      roleArn: checkArn('roleArn', options.roleArn, parseRoleArn),
      acceptRoleSessionName: options.acceptRoleSessionName ?? false,
      maxDurationSeconds: checkMaxDuration(options.maxDurationSeconds ?? MAX_DURATION_SECONDS),
    },
    credentials: new CredentialsStore(options.onIssue),
    faults: new FaultQueue(options.faults),
    rateLimit:
      options.rateLimit === undefined
        ? undefined
        : {
            perSecond: checkRateLimit(options.rateLimit),
            bucket: new TokenBucket(options.rateLimit),
          },
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    trustPolicies: loadTrustPolicies(options.trustPolicy),
    clock: options.clock ?? (() => new Date()),
    assumableRoles: checkAssumableRoles(options.assumableRoles),
    stsFaults: (options.stsFaults ?? []).map((fault) => ({
      fault,
      remaining: fault.count ?? Infinity,
    })),
  };
}

function checkAssumableRoles(
  roles: readonly AssumableRole[] | undefined,
): readonly AssumableRole[] | undefined {
  for (const role of roles ?? []) {
    checkArn('assumableRoles', role.roleArn, parseRoleArn);
    for (const trusted of role.trustedRoleArns ?? [])
      checkArn('assumableRoles.trustedRoleArns', trusted, parseRoleArn);
  }
  return roles;
}

function parseAnchors(sources: readonly (string | Uint8Array)[]): ParsedCertificate[] {
  const ders = sources.flatMap((source) => decodeCertificates(source));
  if (ders.length === 0) {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      'The emulator needs at least one trust anchor certificate in trustAnchors.',
      { input: 'trustAnchors' },
    );
  }
  return ders.map((der, index) => {
    try {
      return parseCertificate(der);
    } catch (cause) {
      throw new RolesAnywhereError(
        'ERR_CERT_INVALID',
        cause instanceof MlDsaNeedsNode24
          ? `trustAnchors entry ${index + 1} is ${cause.message}.`
          : `trustAnchors entry ${index + 1} is not a PEM or DER certificate.`,
        { input: 'trustAnchors', cause },
      );
    }
  });
}

function checkArn(
  input: string,
  value: string | undefined,
  parse: (value: string) => unknown,
): string | undefined {
  if (value !== undefined && parse(value) === undefined) {
    throw new RolesAnywhereError(
      'ERR_ARN_INVALID',
      `Emulator option ${input} '${value}' is not a valid ARN of that kind.`,
      { input },
    );
  }
  return value;
}

export function checkMaxDuration(value: number): number {
  if (!Number.isInteger(value) || value < MIN_DURATION_SECONDS || value > MAX_DURATION_SECONDS) {
    throw new RolesAnywhereError(
      'ERR_DURATION_INVALID',
      `Emulator option maxDurationSeconds must be an integer from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS}, got ${value}.`,
      { input: 'maxDurationSeconds' },
    );
  }
  return value;
}

export function checkRateLimit(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `Emulator option rateLimit must be a whole number of requests a second from 1 to 100000, got ${value}.`,
      { input: 'rateLimit' },
    );
  }
  return value;
}
