/**
 * What a parent and the detached server child say to each other over the IPC channel. The
 * material travels here and nowhere else: not in argv, not in the environment, not in a file.
 */
import { rawChainInputs } from '../core/chain/chainSettings.js';
import type { ErrorCode } from '../core/errors.js';
import type { MaterialFilePaths } from '../files/materialRotation.js';
import type { RawSessionInputs, SessionSettings, SettingNames } from '../core/settings.js';
import type { CredentialServerEndpoints, ImdsOptions, SessionSummary } from './credentialServer.js';

/** Marks a process started to be the detached server; the parent sets it, nothing else. */
export const SERVE_CHILD_VARIABLE = 'ROLESANYWHERE_CREDENTIALS_SERVE_CHILD';

export interface ServeChildRequest {
  readonly type: 'start';
  /** Plain data only (strings, numbers, bytes): what resolveSessionSettings takes. */
  readonly inputs: RawSessionInputs;
  readonly names: SettingNames;
  readonly server: {
    readonly port: number;
    readonly host?: string | undefined;
    readonly token?: string | undefined;
    readonly imds?: ImdsOptions | undefined;
    readonly portInputs?: { readonly port: string; readonly imdsPort: string } | undefined;
  };
  /** `--no-verify-ssl`, for local tests only. */
  readonly insecure: boolean;
  /** The material files to read again before each refresh (certificate rotation). */
  readonly rotate?: MaterialFilePaths | undefined;
}

export type ServeChildReply =
  | {
      readonly type: 'ready';
      readonly pid: number;
      readonly endpoints: CredentialServerEndpoints;
      readonly session: SessionSummary;
    }
  | {
      readonly type: 'failed';
      readonly code: ErrorCode;
      readonly message: string;
      readonly input?: string | undefined;
    };

/** Checked settings back to the raw, cloneable inputs that resolve to the same settings. */
export function serveChildRequest(
  settings: SessionSettings,
  server: ServeChildRequest['server'],
  insecure: boolean,
  rotate?: MaterialFilePaths,
): ServeChildRequest {
  return {
    type: 'start',
    inputs: {
      material: settings.material,
      trustAnchorArn: settings.trustAnchor.arn,
      profileArn: settings.profile.arn,
      roleArn: settings.role.arn,
      region: settings.region,
      endpoint: { url: settings.endpoint.href, source: settings.names.endpoint },
      // Already allowed (and warned about) by the parent; the child must resolve the same endpoint.
      allowInsecureEndpoint: settings.insecureEndpoint,
      durationSeconds: settings.durationSeconds,
      roleSessionName: settings.roleSessionName,
      retry: { ...settings.retry },
      chain: settings.chain === undefined ? undefined : rawChainInputs(settings.chain),
      allowedAccountIds: [...(settings.allowedAccountIds ?? [])],
    },
    names: { ...settings.names },
    server,
    insecure,
    rotate,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isServeChildRequest(value: unknown): value is ServeChildRequest {
  return (
    isRecord(value) &&
    value['type'] === 'start' &&
    isRecord(value['inputs']) &&
    isRecord(value['names']) &&
    isRecord(value['server'])
  );
}

export function isServeChildReply(value: unknown): value is ServeChildReply {
  if (!isRecord(value)) return false;
  if (value['type'] === 'ready')
    return (
      typeof value['pid'] === 'number' && isRecord(value['endpoints']) && isRecord(value['session'])
    );
  return (
    value['type'] === 'failed' &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string'
  );
}
