/**
 * The second hop: STS AssumeRole signed with the Roles Anywhere credentials, through the AWS SDK's
 * STS client (which serializes, signs with SigV4 and parses STS's XML) over this project's own
 * transport (proxies, CA bundle, timeouts). Loaded only when chaining is asked for: the SDK is
 * most of this chunk's size and the default path never pays for it.
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import {
  checkAssumeRoleOutput,
  mapStsFailure,
  type StsFailure,
} from '../core/chain/assumeRoleResult.js';
import { defaultChainSessionName, type ChainSettings } from '../core/chain/chainSettings.js';
import type { SessionCredentials } from '../core/createSession/response.js';
import { describeCause, RolesAnywhereError } from '../core/errors.js';
import { backoffDelay, isRetryable, type RetryPolicy } from '../core/retryPolicy.js';
import type { HttpRequest, HttpResponse } from '../http/transport.js';

export interface AssumeRoleDeps {
  readonly send: (request: HttpRequest) => Promise<HttpResponse>;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly log?: (line: string) => void;
}

export interface ChainedSession {
  readonly credentials: SessionCredentials;
  readonly attempts: number;
}

/** The request as the SDK hands it to its HTTP handler (the fields this handler reads). */
interface SdkRequest {
  readonly method: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port?: number | undefined;
  readonly path: string;
  readonly query?: Record<string, string | string[] | null> | undefined;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

function requestUrl(request: SdkRequest): string {
  const port = request.port === undefined ? '' : `:${request.port}`;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) query.append(name, item);
  }
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `${request.protocol}//${request.hostname}${port}${request.path}${search}`;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new RolesAnywhereError('ERR_INTERNAL', 'The STS client produced a streaming request body.');
}

/** The SDK's HTTP handler interface over this project's transport: one attempt, no retries. */
function transportHandler(send: AssumeRoleDeps['send']) {
  return {
    handle: async (request: SdkRequest) => {
      const answer = await send({
        method: request.method,
        url: requestUrl(request),
        headers: request.headers,
        body: bodyText(request.body),
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      return {
        response: {
          statusCode: answer.status,
          headers,
          body: Buffer.from(answer.bodyText, 'utf8'),
        },
      };
    },
    updateHttpClientConfig: (): void => undefined,
    httpHandlerConfigs: (): Record<string, never> => ({}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What the SDK threw, read without trusting its shape. */
function stsFailure(error: unknown): StsFailure | undefined {
  if (!(error instanceof Error) || !isRecord(error)) return undefined;
  const metadata = isRecord(error['$metadata']) ? error['$metadata'] : {};
  const status = metadata['httpStatusCode'];
  const requestId = metadata['requestId'];
  if (typeof status !== 'number') return undefined;
  const code = typeof error['Code'] === 'string' ? error['Code'] : error.name;
  return {
    code,
    status,
    message: error.message,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}

async function attemptOnce(
  client: STSClient,
  chain: ChainSettings,
  first: SessionCredentials,
  sessionName: string,
  now: () => Date,
): Promise<SessionCredentials> {
  const command = new AssumeRoleCommand({
    RoleArn: chain.role.arn,
    RoleSessionName: sessionName,
    DurationSeconds: chain.durationSeconds,
    ...(chain.externalId === undefined ? {} : { ExternalId: chain.externalId }),
    ...(chain.policy === undefined ? {} : { Policy: chain.policy }),
    ...(chain.policyArns.length === 0
      ? {}
      : { PolicyArns: chain.policyArns.map((arn) => ({ arn })) }),
    ...(chain.tags.length === 0
      ? {}
      : { Tags: chain.tags.map((tag) => ({ Key: tag.key, Value: tag.value })) }),
    ...(chain.transitiveTagKeys.length === 0
      ? {}
      : { TransitiveTagKeys: [...chain.transitiveTagKeys] }),
  });
  let output;
  try {
    output = await client.send(command);
  } catch (error) {
    if (error instanceof RolesAnywhereError) throw error;
    const failure = stsFailure(error);
    if (failure === undefined) {
      throw new RolesAnywhereError(
        'ERR_RESPONSE_INVALID',
        `AssumeRole of ${chain.role.arn} failed: the answer from ${chain.endpoint.host} could not be read (${describeCause(error).slice(0, 200)}); a proxy or a non-AWS endpoint may be in the way. Check the STS endpoint.`,
        { cause: error, input: chain.names.endpoint },
      );
    }
    throw mapStsFailure(failure, chain, first.roleArn ?? first.assumedRoleArn);
  }
  const chained = checkAssumeRoleOutput(output, chain, sessionName, now());
  if (
    first.sourceIdentity !== undefined &&
    chained.sourceIdentity !== undefined &&
    chained.sourceIdentity !== first.sourceIdentity
  ) {
    throw new RolesAnywhereError(
      'ERR_RESPONSE_INVALID',
      `AssumeRole of ${chain.role.arn} answered the source identity "${chained.sourceIdentity.slice(0, 100)}", not the "${first.sourceIdentity}" Roles Anywhere set; STS never changes it, so something in between did. Check the STS endpoint.`,
    );
  }
  return { ...chained, sourceIdentity: chained.sourceIdentity ?? first.sourceIdentity };
}

const SDK_NODE_WARNING = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * The SDK warns on stderr, once, that its releases after early 2027 will need Node 22. The copy
 * bundled here is pinned and this project supports Node 20, so the warning would only be noise in
 * every CI log; the SDK's own switch turns it off for the synchronous constructor call alone.
 */
function quietly<T>(construct: () => T): T {
  const before = process.env[SDK_NODE_WARNING];
  process.env[SDK_NODE_WARNING] = 'true';
  try {
    return construct();
  } finally {
    if (before === undefined) Reflect.deleteProperty(process.env, SDK_NODE_WARNING);
    else process.env[SDK_NODE_WARNING] = before;
  }
}

/** AssumeRole with retries as for CreateSession: throttling and 5xx only, each attempt signed anew. */
export async function assumeChainedRole(
  chain: ChainSettings,
  first: SessionCredentials,
  region: string,
  policy: RetryPolicy,
  deps: AssumeRoleDeps,
): Promise<ChainedSession> {
  const sessionName = chain.roleSessionName ?? defaultChainSessionName(first.assumedRoleArn);
  const client = quietly(
    () =>
      new STSClient({
        region,
        endpoint: chain.endpoint.href,
        credentials: {
          accessKeyId: first.accessKeyId,
          secretAccessKey: first.secretAccessKey,
          sessionToken: first.sessionToken,
        },
        maxAttempts: 1,
        // Signed on the injected clock, as CreateSession is, not on the SDK's own Date.now().
        systemClockOffset: deps.now().getTime() - Date.now(),
        requestHandler: transportHandler(deps.send),
      }),
  );
  deps.log?.(
    `Calling STS AssumeRole at ${chain.endpoint.href} for ${chain.role.arn} (session ${sessionName}, ${chain.durationSeconds} s).`,
  );
  const started = deps.now().getTime();
  const random = deps.random ?? Math.random;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const credentials = await attemptOnce(client, chain, first, sessionName, deps.now);
        return { credentials, attempts: attempt };
      } catch (error) {
        const elapsed = deps.now().getTime() - started;
        const delay = backoffDelay(attempt, policy, random);
        const outOfTime = elapsed + delay >= policy.deadlineMs;
        if (!isRetryable(error) || attempt >= policy.maxAttempts || outOfTime) {
          if (isRetryable(error) && error instanceof RolesAnywhereError) {
            throw error.gaveUpAfter({ attempts: attempt });
          }
          throw error;
        }
        deps.log?.(
          `AssumeRole attempt ${attempt} failed (${describeCause(error)}); retrying in ${delay} ms.`,
        );
        await deps.sleep(delay);
      }
    }
  } finally {
    client.destroy();
  }
}
