/** The four values every output format carries. */
export interface ProcessCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/** RFC 3339 in UTC without fractions, as AWS writes it: 2025-12-11T16:34:25Z. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
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
