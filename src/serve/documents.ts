import type { SessionCredentials } from '../core/createSession/response.js';
import { rfc3339 } from '../core/rfc3339.js';

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
    Expiration: rfc3339(credentials.expiration),
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
      LastUpdated: rfc3339(lastUpdated),
      Type: 'AWS-HMAC',
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Token: credentials.sessionToken,
      Expiration: rfc3339(credentials.expiration),
    },
    null,
    2,
  );
}

/** The body of every refusal or failure: a stable code and one line, never a secret. */
export function errorDocument(code: string, message: string): string {
  return JSON.stringify({ code, message });
}
