import { acceptCredentials } from './core/createSession/acceptCredentials.js';
import { createSessionBody } from './core/createSession/body.js';
import { parseCreateSessionText, type SessionCredentials } from './core/createSession/response.js';
import { mapServiceError } from './core/createSession/serviceError.js';
import { describeCause, RolesAnywhereError } from './core/errors.js';
import { loadMaterial, type CredentialMaterial } from './core/material/index.js';
import { backoffDelay, isRetryable } from './core/retryPolicy.js';
import type { SessionSettings } from './core/settings.js';
import { signCreateSession, type SigningIdentity } from './core/sigv4/index.js';
import type { HttpRequest, HttpResponse } from './http/transport.js';

/** Everything with a side effect, passed in so each front end and test chooses its own. */
export interface SessionDeps {
  /** Sends one request; bounded by its own per-attempt timeout. */
  readonly send: (request: HttpRequest) => Promise<HttpResponse>;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Progress for people; never given a secret. */
  readonly log?: (line: string) => void;
}

export interface ObtainedSession {
  readonly credentials: SessionCredentials;
  readonly material: CredentialMaterial;
  readonly attempts: number;
}

export function signingIdentity(material: CredentialMaterial): SigningIdentity {
  return {
    leafDer: material.leafDer,
    intermediatesDer: material.intermediates.map((c) => c.raw),
    privateKey: material.privateKey,
    keyType: material.keyType,
    serialDecimal: material.serialDecimal,
  };
}

async function attemptOnce(
  settings: SessionSettings,
  identity: SigningIdentity,
  body: string,
  deps: SessionDeps,
): Promise<SessionCredentials> {
  const signed = signCreateSession(
    identity,
    { endpoint: settings.endpoint, region: settings.region, body },
    deps.now(),
  );
  const response = await deps.send(signed);
  if (response.status === 201 || response.status === 200) {
    // Checked here, the one path every front end takes, so none can hand out what this refuses.
    return acceptCredentials(
      parseCreateSessionText(response.bodyText),
      { role: settings.role, durationSeconds: settings.durationSeconds },
      deps.now(),
    );
  }
  throw mapServiceError({
    status: response.status,
    headers: response.headers,
    bodyText: response.bodyText,
    receivedAt: deps.now(),
  });
}

/** The CreateSession body these settings ask for. */
export function sessionRequestBody(settings: SessionSettings): string {
  return createSessionBody({
    durationSeconds: settings.durationSeconds,
    profileArn: settings.profile.arn,
    roleArn: settings.role.arn,
    trustAnchorArn: settings.trustAnchor.arn,
    roleSessionName: settings.roleSessionName,
  });
}

/** CreateSession with material already loaded: what a long-running server calls on each refresh. */
export async function createSession(
  settings: SessionSettings,
  material: CredentialMaterial,
  deps: SessionDeps,
): Promise<ObtainedSession> {
  const identity = signingIdentity(material);
  const body = sessionRequestBody(settings);
  const policy = settings.retry;
  const started = deps.now().getTime();
  const random = deps.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      const credentials = await attemptOnce(settings, identity, body, deps);
      return { credentials, material, attempts: attempt };
    } catch (error) {
      const elapsed = deps.now().getTime() - started;
      const delay = backoffDelay(attempt, policy, random);
      const outOfTime = elapsed + delay >= policy.deadlineMs;
      if (!isRetryable(error) || attempt >= policy.maxAttempts || outOfTime) {
        if (isRetryable(error) && error instanceof RolesAnywhereError) {
          const why =
            attempt >= policy.maxAttempts
              ? `after ${attempt} attempt${attempt === 1 ? '' : 's'}`
              : `after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${Math.round(elapsed / 1000)} s (deadline ${Math.round(policy.deadlineMs / 1000)} s)`;
          throw new RolesAnywhereError(
            error.code,
            `${error.message.replace(/\.$/, '')} (gave up ${why}).`,
            { ...error.details, cause: error },
          );
        }
        throw error;
      }
      deps.log?.(`Attempt ${attempt} failed (${describeCause(error)}); retrying in ${delay} ms.`);
      await deps.sleep(delay);
    }
  }
}

/** The one orchestration every front end calls: load and check the material, sign, send, parse. */
export async function obtainCredentials(
  settings: SessionSettings,
  deps: SessionDeps,
): Promise<ObtainedSession> {
  const material = await loadMaterial(settings.material, {
    now: deps.now(),
    names: settings.names,
  });
  return createSession(settings, material, deps);
}
