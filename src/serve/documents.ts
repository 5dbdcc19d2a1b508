import type { SessionCredentials } from '../core/createSession/response.js';

/**
 * RFC 3339 in UTC without fractions (2025-12-11T16:34:25Z): botocore parses IMDS expirations with
 * strptime("%Y-%m-%dT%H:%M:%SZ") and rejects fractions.
 */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The container credentials provider's document, as ECS serves it and as botocore's
 * ContainerProvider and the SDKs' fromHttp/fromContainerMetadata read it:
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
 */
export function containerCredentialsDocument(credentials: SessionCredentials): string {
  return JSON.stringify({
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    Token: credentials.sessionToken,
    Expiration: isoSeconds(credentials.expiration),
    ...(credentials.accountId === undefined ? {} : { AccountId: credentials.accountId }),
  });
}

/**
 * The instance metadata credentials document:
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
 */
export function imdsCredentialsDocument(
  credentials: SessionCredentials,
  lastUpdated: Date,
): string {
  return JSON.stringify(
    {
      Code: 'Success',
      LastUpdated: isoSeconds(lastUpdated),
      Type: 'AWS-HMAC',
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Token: credentials.sessionToken,
      Expiration: isoSeconds(credentials.expiration),
    },
    null,
    2,
  );
}

/** The body of every refusal or failure: a stable code and one line, never a secret. */
export function errorDocument(code: string, message: string): string {
  return JSON.stringify({ code, message });
}
