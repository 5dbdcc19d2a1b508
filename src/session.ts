import { checkAllowedAccount } from './core/chain/allowedAccounts.js';
import { acceptCredentials } from './core/createSession/acceptCredentials.js';
import { createSessionBody } from './core/createSession/body.js';
import { parseCreateSessionText, type SessionCredentials } from './core/createSession/response.js';
import { mapServiceError, type ServiceErrorContext } from './core/createSession/serviceError.js';
import { describeCause, RolesAnywhereError, type GaveUp } from './core/errors.js';
import { loadMaterial, type CredentialMaterial } from './core/material/index.js';
import { isRetryable, retryDelay, type RetryPolicy } from './core/retryPolicy.js';
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
  /** Each end-entity warning, once per load of the material (`::warning::`, a stderr line). */
  readonly warn?: (line: string) => void;
}

export interface ObtainedSession {
  /** The credentials to hand over: the chained role's when chaining, else Roles Anywhere's. */
  readonly credentials: SessionCredentials;
  readonly material: CredentialMaterial;
  readonly attempts: number;
  /** With chaining: the Roles Anywhere credentials the second hop was signed with (mask them too). */
  readonly firstHop?: SessionCredentials | undefined;
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
  context: ServiceErrorContext,
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
  throw mapServiceError(
    {
      status: response.status,
      headers: response.headers,
      bodyText: response.bodyText,
      receivedAt: deps.now(),
    },
    context,
  );
}

function errorContext(
  settings: SessionSettings,
  material: CredentialMaterial,
): ServiceErrorContext {
  return {
    names: settings.names,
    certificate: {
      issuer: material.issuer,
      intermediates: material.intermediates.length,
      verdicts: material.warnings,
    },
  };
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

/** CreateSession, then the account guard and the second hop when asked for: what a long-running server calls on each refresh. */
export async function createSession(
  settings: SessionSettings,
  material: CredentialMaterial,
  deps: SessionDeps,
): Promise<ObtainedSession> {
  const first = await createRolesAnywhereSession(settings, material, deps);
  return { ...first, ...(await chainAndGuard(settings, first.credentials, deps)) };
}

/** CreateSession alone, with material already loaded, retried as the policy says. */
async function createRolesAnywhereSession(
  settings: SessionSettings,
  material: CredentialMaterial,
  deps: SessionDeps,
): Promise<ObtainedSession> {
  const identity = signingIdentity(material);
  const body = sessionRequestBody(settings);
  const context = errorContext(settings, material);
  const policy = settings.retry;
  const started = deps.now().getTime();
  const random = deps.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      const credentials = await attemptOnce(settings, identity, body, deps, context);
      return { credentials, material, attempts: attempt };
    } catch (error) {
      const elapsed = deps.now().getTime() - started;
      const retryAfterMs =
        error instanceof RolesAnywhereError ? error.details.retryAfterMs : undefined;
      const delay = retryDelay(attempt, policy, random, retryAfterMs);
      // An attempt that could still be running at the deadline is not started, so a caller hears
      // of an outage within the deadline even when every attempt hangs to its own timeout.
      const outOfTime = elapsed + delay + policy.attemptTimeoutMs > policy.deadlineMs;
      if (!isRetryable(error) || attempt >= policy.maxAttempts || outOfTime) {
        if (isRetryable(error) && error instanceof RolesAnywhereError) {
          throw error.gaveUpAfter(givingUp(attempt, elapsed, policy, retryAfterMs, delay));
        }
        throw error;
      }
      deps.log?.(`Attempt ${attempt} failed (${describeCause(error)}); retrying in ${delay} ms.`);
      await deps.sleep(delay);
    }
  }
}

function givingUp(
  attempts: number,
  elapsedMs: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  delayMs: number,
): GaveUp {
  if (attempts >= policy.maxAttempts) return { attempts };
  const asked = retryAfterMs !== undefined && retryAfterMs >= delayMs;
  return {
    attempts,
    deadline: {
      elapsedMs,
      deadlineMs: policy.deadlineMs,
      ...(asked ? { askedWaitMs: retryAfterMs } : {}),
    },
  };
}

/**
 * allowed-account-ids for each hop, and the second hop when asked for: its code (the AWS SDK's
 * STS client) is imported only then, so the default path never loads it.
 */
async function chainAndGuard(
  settings: SessionSettings,
  first: SessionCredentials,
  deps: SessionDeps,
): Promise<Pick<ObtainedSession, 'credentials' | 'firstHop'>> {
  const allowed = settings.allowedAccountIds ?? [];
  const allowedInput = settings.names.allowedAccountIds ?? 'allowedAccountIds';
  checkAllowedAccount(first.assumedRoleArn, allowed, 'Roles Anywhere', allowedInput);
  if (settings.chain === undefined) return { credentials: first };
  const { assumeChainedRole } = await import('./chain/assumeRole.js');
  const chained = await assumeChainedRole(
    settings.chain,
    first,
    settings.region,
    settings.retry,
    deps,
  );
  checkAllowedAccount(chained.credentials.assumedRoleArn, allowed, 'chained role', allowedInput);
  return { credentials: chained.credentials, firstHop: first };
}

/** The one orchestration every front end calls: load and check the material, sign, send, parse. */
export async function obtainCredentials(
  settings: SessionSettings,
  deps: SessionDeps,
  loaded?: CredentialMaterial,
): Promise<ObtainedSession> {
  // A caller that already loaded the material (to key its cache) passes it, so a passphrase's
  // key derivation runs once.
  const material =
    loaded ?? (await loadMaterial(settings.material, { now: deps.now(), names: settings.names }));
  for (const warning of material.warnings) deps.warn?.(warning.message);
  return createSession(settings, material, deps);
}
