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
import { CredentialsStore } from './credentialsStore.js';
import { FaultQueue, type Fault } from './faults.js';
import { MAX_DURATION_SECONDS, MIN_DURATION_SECONDS } from './sessionRequest.js';

export interface EmulatorOptions {
  /** CA certificates the trust anchor holds: PEM (one or more blocks), base64 DER, or bytes. */
  readonly trustAnchors: readonly (string | Uint8Array)[];
  /** When set, the request must name exactly these; when unset any valid ARN is taken. */
  readonly trustAnchorArn?: string;
  readonly profileArn?: string;
  readonly roleArn?: string;
  /** The profile's session duration cap, 900..43200. Default 43200. */
  readonly maxDurationSeconds?: number;
  /** Whether the profile lets callers set roleSessionName. Default false. */
  readonly acceptRoleSessionName?: boolean;
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
  readonly profile: ProfileSettings;
  readonly credentials: CredentialsStore;
  readonly faults: FaultQueue;
  readonly log: (line: string) => void;
  clock: () => Date;
}

export function createState(options: EmulatorOptions): EmulatorState {
  return {
    anchors: parseAnchors(options.trustAnchors),
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
    credentials: new CredentialsStore(),
    faults: new FaultQueue(options.faults),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    clock: options.clock ?? (() => new Date()),
  };
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
