import type { SessionCredentials } from '../core/createSession/response.js';
import { describeCause, RolesAnywhereError } from '../core/errors.js';
import type { CredentialMaterial } from '../core/material/index.js';
import type { SessionSettings } from '../core/settings.js';
import type { HttpRequest, HttpResponse } from '../http/index.js';
import { createSession, type SessionDeps } from '../session.js';
import { describeSession } from '../core/describeSession.js';
import { rfc3339 } from '../core/rfc3339.js';
import {
  DEFAULT_REFRESH_POLICY,
  isServable,
  refreshDueAt,
  retryDelayMs,
  type RefreshPolicy,
} from './refreshPlan.js';

export interface Timer {
  cancel(): void;
}

/** Everything with a side effect, injected so tests can run the clock and the timers fast. */
export interface ServeDeps {
  readonly send: (request: HttpRequest) => Promise<HttpResponse>;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly setTimer: (callback: () => void, ms: number) => Timer;
  readonly random?: () => number;
  /** One line per event for people; never given a secret. */
  readonly log: (line: string) => void;
  /**
   * Asked before each refresh: a replacement for the material (a rotated certificate), or
   * undefined to keep signing with the current one. Must not throw.
   */
  readonly nextMaterial?: (() => Promise<CredentialMaterial | undefined>) | undefined;
}

export type CurrentCredentials =
  | {
      readonly kind: 'available';
      readonly credentials: SessionCredentials;
      readonly obtainedAt: Date;
    }
  | { readonly kind: 'unavailable'; readonly reason: string };

export interface RefresherStats {
  /** Successful refreshes after the first CreateSession. */
  readonly refreshes: number;
  /** Refresh attempts (one CreateSession call each) that failed; each is followed by a retry. */
  readonly failedRefreshes: number;
}

interface Held {
  readonly credentials: SessionCredentials;
  readonly obtainedAt: Date;
}

/** Real timers, for production. */
export function realTimer(callback: () => void, ms: number): Timer {
  const handle = setTimeout(callback, Math.min(ms, 2 ** 31 - 1));
  return {
    cancel: () => {
      clearTimeout(handle);
    },
  };
}

/**
 * Holds the current credentials and replaces them ahead of expiry: one CreateSession per refresh
 * however many clients ask, retried with backoff while the endpoint fails, and never anything
 * expired handed out as if it were good.
 */
export class CredentialRefresher {
  private readonly settings: SessionSettings;
  private material: CredentialMaterial;
  private readonly deps: ServeDeps;
  private readonly policy: RefreshPolicy;
  private held: Held | undefined;
  private timer: Timer | undefined;
  private dueAt: number | undefined;
  private inFlight: Promise<void> | undefined;
  private consecutiveFailures = 0;
  private lastFailure: string | undefined;
  private stopped = false;
  private refreshes = 0;
  private failedRefreshes = 0;

  constructor(
    settings: SessionSettings,
    material: CredentialMaterial,
    deps: ServeDeps,
    policy: RefreshPolicy = DEFAULT_REFRESH_POLICY,
  ) {
    this.settings = settings;
    this.material = material;
    this.deps = deps;
    this.policy = policy;
  }

  /** Holds new credentials, refusing ones the local clock already sees as (nearly) expired. */
  private acceptServable(credentials: SessionCredentials): void {
    const now = this.deps.now();
    if (!isServable(credentials.expiration, now, this.policy))
      throw clockError(credentials.expiration, now);
    this.accept(credentials, now);
  }

  /** The first CreateSession, with the orchestration's own retries; throws when it fails. */
  async start(): Promise<SessionCredentials> {
    const { credentials, attempts, firstHop } = await createSession(
      this.settings,
      this.material,
      this.sessionDeps(),
    );
    this.acceptServable(credentials);
    this.deps.log(
      `${describeSession({ credentials, material: this.material, attempts, firstHop }).replace(/\.$/, '')}; next refresh at ${this.nextAt()}.`,
    );
    return credentials;
  }

  /** What a client may be given now. A late timer (after a suspend) is caught up here. */
  current(): CurrentCredentials {
    const now = this.deps.now();
    if (
      this.inFlight === undefined &&
      this.dueAt !== undefined &&
      now.getTime() >= this.dueAt + this.policy.lateTimerGraceMs
    ) {
      this.refreshNow();
    }
    const held = this.held;
    if (held !== undefined && isServable(held.credentials.expiration, now, this.policy)) {
      return { kind: 'available', credentials: held.credentials, obtainedAt: held.obtainedAt };
    }
    const why =
      this.lastFailure === undefined
        ? 'the credentials expired and no refresh has succeeded yet'
        : `the credentials expired and refreshing failed: ${this.lastFailure}`;
    return { kind: 'unavailable', reason: why };
  }

  /** The material the next CreateSession is signed with. */
  currentMaterial(): CredentialMaterial {
    return this.material;
  }

  stats(): RefresherStats {
    return { refreshes: this.refreshes, failedRefreshes: this.failedRefreshes };
  }

  /** Cancels the timer and waits for a refresh already on the wire; nothing is scheduled after. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.dueAt = undefined;
    await this.inFlight;
  }

  private sessionDeps(): SessionDeps {
    return {
      send: this.deps.send,
      now: this.deps.now,
      sleep: this.deps.sleep,
      ...(this.deps.random === undefined ? {} : { random: this.deps.random }),
      log: (line) => {
        this.deps.log(`CreateSession: ${line}`);
      },
    };
  }

  private accept(credentials: SessionCredentials, now: Date): void {
    this.held = { credentials, obtainedAt: now };
    this.consecutiveFailures = 0;
    this.lastFailure = undefined;
    this.schedule(refreshDueAt(now, credentials.expiration, this.policy));
  }

  private schedule(at: number): void {
    this.timer?.cancel();
    if (this.stopped) return;
    this.dueAt = at;
    this.timer = this.deps.setTimer(
      () => {
        this.refreshNow();
      },
      Math.max(0, at - this.deps.now().getTime()),
    );
  }

  private nextAt(): string {
    return this.dueAt === undefined ? 'never' : rfc3339(new Date(this.dueAt));
  }

  /** Single flight: a refresh already running is never doubled. */
  private refreshNow(): void {
    if (this.stopped || this.inFlight !== undefined) return;
    this.timer?.cancel();
    this.timer = undefined;
    this.dueAt = undefined;
    this.inFlight = this.refresh().finally(() => {
      this.inFlight = undefined;
    });
  }

  /**
   * One CreateSession call per attempt: the server's own backoff (up to a minute between
   * attempts, for as long as it takes) replaces the orchestration's quick burst of retries, so an
   * outage costs one call and one log line a minute, not five.
   */
  private async refresh(): Promise<void> {
    const attempt = this.consecutiveFailures + 1;
    const rotated = await this.deps.nextMaterial?.();
    if (rotated !== undefined) this.material = rotated;
    try {
      const { credentials } = await createSession(
        { ...this.settings, retry: { ...this.settings.retry, maxAttempts: 1 } },
        this.material,
        this.sessionDeps(),
      );
      // Kept (and counted) even when stop() came meanwhile: the session exists at the service.
      this.acceptServable(credentials);
      this.refreshes += 1;
      this.deps.log(
        `Refreshed credentials for ${credentials.assumedRoleArn} (expires ${rfc3339(credentials.expiration)}); next refresh at ${this.nextAt()}.`,
      );
    } catch (error) {
      if (this.stopped) return;
      this.consecutiveFailures += 1;
      this.failedRefreshes += 1;
      this.lastFailure = attemptMessage(error);
      const now = this.deps.now();
      const delay = retryDelayMs(
        this.consecutiveFailures,
        this.policy,
        this.deps.random ?? Math.random,
      );
      const held = this.held;
      const serving =
        held !== undefined && isServable(held.credentials.expiration, now, this.policy)
          ? `still serving the credentials that expire ${rfc3339(held.credentials.expiration)}`
          : 'no valid credentials to serve until a refresh succeeds';
      this.deps.log(
        `Refresh attempt ${attempt} failed (${this.lastFailure}); ${serving}; next attempt in ${formatDelay(delay)}.`,
      );
      this.schedule(now.getTime() + delay);
    }
  }
}

/** The attempt's own error: with one attempt, "gave up after 1 attempt" says nothing. */
function attemptMessage(error: unknown): string {
  const own = error instanceof RolesAnywhereError ? error.reason : describeCause(error);
  return own.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}

function clockError(expiration: Date, now: Date): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_RESPONSE_INVALID',
    `CreateSession returned credentials that expire at ${rfc3339(expiration)}, which is already past (or within seconds) by the local clock (${rfc3339(now)}); check that this machine's clock is right.`,
  );
}

function formatDelay(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
