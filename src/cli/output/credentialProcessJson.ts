import { rfc3339 } from '../../core/rfc3339.js';

/** The four values every output format carries. */
export interface ProcessCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/**
 * The credential_process document, keys in the documented order, no trailing newline:
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
 */
export function credentialProcessJson(credentials: ProcessCredentials): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    SessionToken: credentials.sessionToken,
    Expiration: rfc3339(credentials.expiration),
  });
}
