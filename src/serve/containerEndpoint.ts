import type { IncomingMessage, ServerResponse } from 'node:http';
import { secretsEqual } from './authToken.js';
import type { CredentialRefresher } from './credentialRefresher.js';
import { containerCredentialsDocument } from './documents.js';
import {
  isLoopbackHost,
  pathOf,
  replyError,
  replyWithCurrent,
  type RequestCounters,
} from './httpReply.js';

export interface ContainerEndpoint {
  /** The random path the credentials are served on, e.g. `/v1/credentials/<random>`. */
  readonly path: string;
  /** What `Authorization` must equal (AWS_CONTAINER_AUTHORIZATION_TOKEN). */
  readonly token: string;
  /** Accept any Host header: the server listens beyond loopback (`serve --host`). */
  readonly anyHost?: boolean | undefined;
}

/**
 * The container credentials provider (AWS_CONTAINER_CREDENTIALS_FULL_URI with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN). The token is checked before anything else, so a caller
 * without it learns nothing, not even whether the path exists.
 */
export function handleContainerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  endpoint: ContainerEndpoint,
  refresher: CredentialRefresher,
  counters: RequestCounters,
): void {
  if (endpoint.anyHost !== true && !isLoopbackHost(req.headers.host)) {
    counters.refused += 1;
    replyError(res, 403, 'Forbidden', 'Not authorized.');
    return;
  }
  const presented = req.headers.authorization;
  if (presented === undefined || presented === '') {
    counters.refused += 1;
    replyError(res, 401, 'Unauthorized', 'Authorization required.');
    return;
  }
  if (!secretsEqual(presented, endpoint.token)) {
    counters.refused += 1;
    replyError(res, 403, 'Forbidden', 'Not authorized.');
    return;
  }
  if (pathOf(req) !== endpoint.path) {
    counters.other += 1;
    replyError(res, 404, 'NotFound', 'No such resource.');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    counters.other += 1;
    replyError(res, 405, 'MethodNotAllowed', 'Only GET is supported.', { allow: 'GET, HEAD' });
    return;
  }
  replyWithCurrent(res, refresher, counters, (current) =>
    containerCredentialsDocument(current.credentials),
  );
}
