import type { CredentialServerEndpoints } from './credentialServer.js';

export interface ServerVariable {
  readonly name: string;
  readonly value: string;
  readonly secret: boolean;
}

export const CONTAINER_URI_VARIABLE = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
export const CONTAINER_TOKEN_VARIABLE = 'AWS_CONTAINER_AUTHORIZATION_TOKEN';
export const IMDS_ENDPOINT_VARIABLE = 'AWS_EC2_METADATA_SERVICE_ENDPOINT';

/**
 * What a client needs to find the server. The SDKs try the container provider before IMDS, so with
 * both set the token-protected endpoint wins:
 * https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
 */
export function serverVariables(endpoints: CredentialServerEndpoints): ServerVariable[] {
  const variables: ServerVariable[] = [
    { name: CONTAINER_URI_VARIABLE, value: endpoints.containerUrl, secret: false },
    { name: CONTAINER_TOKEN_VARIABLE, value: endpoints.authorizationToken, secret: true },
  ];
  if (endpoints.imdsUrl !== undefined)
    variables.push({ name: IMDS_ENDPOINT_VARIABLE, value: endpoints.imdsUrl, secret: false });
  return variables;
}
